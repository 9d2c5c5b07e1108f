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

/** An on/off setting: `?diff=1`. */
const flag = (noun: string) => one(noun, ['1']);

/** What the messages call each parameter, in the page's language (src/i18n/messages, `compare.client`). */
export interface ViewNouns {
  nounOS: string;
  nounRow: string;
  nounSort: string;
  nounDiff: string;
  nounNotes: string;
}

/** What every matrix view reads: pair pages and /compare/ alike. */
export const viewSpec = (nouns: ViewNouns) => ({
  diff: flag(nouns.nounDiff),
  notes: flag(nouns.nounNotes),
});

export const compareSpec = (known: Known, nouns: ViewNouns) => ({
  os: list(nouns.nounOS, known.os),
  rows: list(nouns.nounRow, known.rows),
  sort: one(nouns.nounSort, known.sortable),
  ...viewSpec(nouns),
});

/** Empty `os` or `rows` means all of them; empty `sort` means by name; `diff` and `notes` are '' or '1'. */
export type CompareView = StateOf<ReturnType<typeof compareSpec>>;

/**
 * Whether a row's values agree, compared by sort key (the words, case-folded,
 * or the ISO date). The server counts differences with it; the page's script
 * applies it to the columns shown. Kept here, beside the other view logic,
 * because the script imports this module and must not pull in the schemas.
 */
export const agree = (sortKeys: string[]) => new Set(sortKeys).size <= 1;

/** Column order for a view: by the sort row's keys (ties and no sort: original order). */
export function orderColumns(columns: string[], sortKeys: Record<string, string> | undefined): string[] {
  if (!sortKeys) return columns;
  return [...columns].sort((a, b) => (sortKeys[a] ?? '').localeCompare(sortKeys[b] ?? '', 'en'));
}
