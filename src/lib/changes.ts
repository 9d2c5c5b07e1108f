/**
 * The change log's orderings: newest first everywhere (page, feed, OS pages),
 * ties broken by id so the order never depends on file-system order.
 */
import type { Change } from '../schemas/entries.ts';
import { formatPartialDate } from './format.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

export function newestFirst<T extends Change>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

export interface MonthGroup<T> {
  /** `2026-07`: also the section's anchor (`month-2026-07`). */
  month: string;
  /** `July 2026`. */
  label: string;
  entries: T[];
}

/** Newest month first; within a month, newest first. */
export function groupByMonth<T extends Change>(
  changes: readonly T[],
  locale: Locale = DEFAULT_LOCALE,
): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const change of newestFirst(changes)) {
    const month = change.data.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.entries.push(change);
    else groups.push({ month, label: formatPartialDate(month, locale), entries: [change] });
  }
  return groups;
}

/** The newest `limit` entries that name this OS. */
export function recentChangesFor<T extends Change>(changes: readonly T[], distroId: string, limit = 5): T[] {
  return newestFirst(changes.filter((c) => c.data.distros.some((d) => d.id === distroId))).slice(0, limit);
}
