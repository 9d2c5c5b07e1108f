/**
 * Faceted filtering for /distros/, with the selection in the query string
 * (`?status=active&runtime=containerd,cri-o`). Within a facet, values are
 * alternatives (OR); across facets, all must hold (AND).
 */
import { list, type ListParam } from './url-state.ts';

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

export function buildFacets(
  defs: { key: string; label: string; labelOf: (v: string) => string }[],
  items: FacetValues[],
): Facet[] {
  return defs.map(({ key, label, labelOf }) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of new Set(item[key] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
    const options = [...counts].map(([value, count]) => ({ value, label: labelOf(value), count }));
    options.sort((a, b) => a.label.localeCompare(b.label, 'en'));
    return { key, label, options };
  });
}

/** The URL-state spec of a set of facets: one list parameter per facet. */
export function facetSpec(facets: Facet[]): Record<string, ListParam> {
  return Object.fromEntries(
    facets.map((f) => [
      f.key,
      list(
        f.label.toLowerCase(),
        f.options.map((o) => o.value),
      ),
    ]),
  );
}

export function matches(item: FacetValues, selection: Selection): boolean {
  return Object.entries(selection).every(
    ([key, wanted]) => wanted.length === 0 || wanted.some((v) => (item[key] ?? []).includes(v)),
  );
}
