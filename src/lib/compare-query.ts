/**
 * The /compare/ view as a query string, so a pasted link restores it:
 * `?os=flatcar,talos&rows=status,update-model&sort=first-release`.
 */
import type { ValueKind } from '../schemas/attributes.ts';
import type { Matrix } from './matrix.ts';
import { list, one, type StateOf } from './url-state.ts';

export interface Known {
  /** Column ids. */
  os: readonly string[];
  /** Row ids. */
  rows: readonly string[];
  /** Row ids the columns can be ordered by. */
  sortable: readonly string[];
}

/** Free text and lists order nothing useful; dates, statuses and vocabularies do. */
const UNSORTABLE: ValueKind[] = ['text', 'distro-refs', 'concept-refs', 'platforms', 'architectures'];

export function knownOf(matrix: Matrix): Known {
  return {
    os: matrix.columns.map((c) => c.id),
    rows: matrix.rows.map((r) => r.id),
    sortable: matrix.rows.filter((r) => !UNSORTABLE.includes(r.attribute.kind)).map((r) => r.id),
  };
}

export const compareSpec = (known: Known) => ({
  os: list('OS', known.os),
  rows: list('attribute', known.rows),
  sort: one('attribute to sort by', known.sortable),
});

/** Empty `os` or `rows` means all of them; empty `sort` means by name. */
export type CompareView = StateOf<ReturnType<typeof compareSpec>>;

/** Column order for a view: by the sort row's keys (ties and no sort: original order). */
export function orderColumns(columns: string[], sortKeys: Record<string, string> | undefined): string[] {
  if (!sortKeys) return columns;
  return [...columns].sort((a, b) => (sortKeys[a] ?? '').localeCompare(sortKeys[b] ?? '', 'en'));
}
