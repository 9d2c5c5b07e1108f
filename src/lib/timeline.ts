/**
 * Lifecycle and lineage for /timeline/, derived from each OS's firstRelease,
 * endOfLife, status and successors facts.
 */
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { presentValue, type Link, type Resolve, type ValueView } from './present.ts';
import { refsIn } from './usage.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

export interface TimelineEntry {
  id: string;
  title: string;
  href: string;
  status: ValueView;
  /** Partial ISO dates ('2018-03'); undefined when unknown. */
  start: string | undefined;
  end: string | undefined;
  startText: string;
  endText: string;
  successors: Link[];
  /** OSes on this site it was forked from or is built on. */
  derivedFrom: Link[];
}

export interface Span {
  /** Offsets on the shared axis, in percent. */
  left: number;
  width: number;
  open: boolean;
}

const dateOf = (value: string): string | undefined => (isPlaceholder(value) || value === 'none' ? undefined : value);

export function buildTimeline(distros: Distro[], resolve: Resolve, locale: Locale = DEFAULT_LOCALE): TimelineEntry[] {
  const entries = distros.map((d): TimelineEntry => {
    const { firstRelease, endOfLife, status, successors } = d.data.facts;
    return {
      id: d.id,
      title: d.data.title,
      href: resolve({ collection: 'distros', id: d.id }).href,
      status: presentValue('status', status.value, resolve, locale),
      start: dateOf(firstRelease.value),
      end: dateOf(endOfLife.value),
      startText: presentValue('date', firstRelease.value, resolve, locale).text,
      endText: presentValue('end-of-life', endOfLife.value, resolve, locale).text,
      successors: refsIn(successors.value).map(resolve),
      derivedFrom: refsIn(d.data.derivedFrom?.value).map(resolve),
    };
  });
  return entries.sort(
    (a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title, 'en'),
  );
}

/** Decimal year of a partial date: '2018-07' → 2018.5. */
export function yearOf(date: string): number {
  const [y, m] = date.split('-');
  return Number(y) + (m ? (Number(m) - 1) / 12 : 0);
}

/** Where an entry's bar sits between the earliest release and `today`. Ongoing ones run to today. */
export function spanOf(entry: TimelineEntry, from: number, today: string): Span | undefined {
  if (!entry.start) return undefined;
  const to = yearOf(today);
  const startYear = yearOf(entry.start);
  const endYear = entry.end ? Math.min(yearOf(entry.end), to) : to;
  const total = to - from || 1;
  return {
    left: ((startYear - from) / total) * 100,
    width: Math.max(((endYear - startYear) / total) * 100, 0.8),
    open: !entry.end || yearOf(entry.end) > to,
  };
}

export interface Lineage {
  from: Link;
  to: Link[];
  /** `succeeded-by`: users were pointed to `to` when `from` ended; `derived-into`: `to` was built from `from`. */
  kind: 'succeeded-by' | 'derived-into';
}

/** Every arrow worth drawing, in timeline order: successions first, then derivations. */
export function lineages(entries: TimelineEntry[]): Lineage[] {
  const link = (e: TimelineEntry): Link => ({ text: e.title, href: e.href });
  const succeeded = entries
    .filter((e) => e.successors.length)
    .map((e): Lineage => ({ from: link(e), to: e.successors, kind: 'succeeded-by' }));
  const derived = entries
    .map((parent): Lineage => {
      const children = entries.filter((e) => e.derivedFrom.some((p) => p.href === parent.href));
      return { from: link(parent), to: children.map(link), kind: 'derived-into' };
    })
    .filter((l) => l.to.length);
  return [...succeeded, ...derived];
}
