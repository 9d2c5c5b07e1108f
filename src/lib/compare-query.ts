/**
 * The /compare/ view as a query string, so a pasted link restores it:
 * `?os=flatcar,talos&rows=status,update-model&sort=first-release`.
 * Unknown values are reported, never silently dropped.
 */
export interface CompareView {
  /** Column ids to show; empty means all. */
  os: string[];
  /** Row ids to show; empty means all. */
  rows: string[];
  /** Row id whose values order the columns; empty means by name. */
  sort: string;
}

export interface Known {
  os: string[];
  rows: string[];
}

export interface ParsedView {
  view: CompareView;
  errors: string[];
}

function list(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
}

export function parseCompareQuery(search: string, known: Known): ParsedView {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const pick = (key: 'os' | 'rows', what: string) => {
    const asked = [...new Set(list(params, key))];
    const bad = asked.filter((v) => !known[key].includes(v));
    if (bad.length) errors.push(`Unknown ${what} in "?${key}=": ${bad.join(', ')}. Known: ${known[key].join(', ')}.`);
    return asked.filter((v) => known[key].includes(v));
  };
  const os = pick('os', 'OS');
  const rows = pick('rows', 'attribute');
  let sort = params.get('sort')?.trim().toLowerCase() ?? '';
  if (sort && !known.rows.includes(sort)) {
    errors.push(`Unknown attribute in "?sort=": ${sort}. Known: ${known.rows.join(', ')}.`);
    sort = '';
  }
  const unknownKeys = [...new Set(params.keys())].filter((k) => !['os', 'rows', 'sort'].includes(k));
  if (unknownKeys.length) errors.push(`Unknown parameter${unknownKeys.length > 1 ? 's' : ''}: ${unknownKeys.join(', ')}. This page reads os, rows and sort.`);
  return { view: { os, rows, sort }, errors };
}

export function serializeCompareQuery(view: CompareView): string {
  const params = new URLSearchParams();
  if (view.os.length) params.set('os', view.os.join(','));
  if (view.rows.length) params.set('rows', view.rows.join(','));
  if (view.sort) params.set('sort', view.sort);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Column order for a view: by the sort row's keys (ties and no sort: original order). */
export function orderColumns(columns: string[], sortKeys: Record<string, string> | undefined): string[] {
  if (!sortKeys) return columns;
  return [...columns].sort((a, b) => (sortKeys[a] ?? '').localeCompare(sortKeys[b] ?? '', 'en'));
}
