/**
 * Faceted filtering for /distros/, with the selection in the query string
 * (`?status=active&runtime=containerd,cri-o`). Within a facet, values are
 * alternatives (OR); across facets, all must hold (AND).
 */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface Facet {
  key: string;
  label: string;
  options: FacetOption[];
}

export type Selection = Record<string, string[]>;
/** What one card offers per facet, e.g. { status: ['active'], platform: ['aws', 'gcp'] }. */
export type FacetValues = Record<string, string[]>;

export function buildFacets(defs: { key: string; label: string; labelOf: (v: string) => string }[], items: FacetValues[]): Facet[] {
  return defs.map(({ key, label, labelOf }) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of new Set(item[key] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
    const options = [...counts].map(([value, count]) => ({ value, label: labelOf(value), count }));
    options.sort((a, b) => a.label.localeCompare(b.label, 'en'));
    return { key, label, options };
  });
}

export function matches(item: FacetValues, selection: Selection): boolean {
  return Object.entries(selection).every(([key, wanted]) => wanted.length === 0 || wanted.some((v) => (item[key] ?? []).includes(v)));
}

export function parseSelection(search: string, facets: Facet[]): { selection: Selection; errors: string[] } {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  const errors: string[] = [];
  for (const facet of facets) {
    const asked = params.getAll(facet.key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const known = facet.options.map((o) => o.value);
    const bad = asked.filter((v) => !known.includes(v));
    if (bad.length) errors.push(`Unknown ${facet.label.toLowerCase()} in "?${facet.key}=": ${bad.join(', ')}. Known: ${known.join(', ')}.`);
    selection[facet.key] = asked.filter((v) => known.includes(v));
  }
  const stray = [...new Set(params.keys())].filter((k) => !facets.some((f) => f.key === k));
  if (stray.length) errors.push(`Unknown filter${stray.length > 1 ? 's' : ''}: ${stray.join(', ')}. Filters are ${facets.map((f) => f.key).join(', ')}.`);
  return { selection, errors };
}

export function serializeSelection(selection: Selection): string {
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(selection)) if (values.length) params.set(key, values.join(','));
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
