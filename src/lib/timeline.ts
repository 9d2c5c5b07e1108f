/**
 * Lifecycle and lineage for /timeline/, derived from each OS's firstRelease,
 * endOfLife, status and successors facts.
 */
import type { Link, Resolve } from './cells.ts';
import { formatPartialDate } from './format.ts';
import { routes } from './routes.ts';
import type { Distro, Ref } from './types.ts';

export interface TimelineEntry {
  id: string;
  title: string;
  status: string;
  baseline: boolean;
  /** ISO-ish partial dates ('2018-03'); undefined when unknown. */
  start: string | undefined;
  end: string | undefined;
  startText: string;
  endText: string;
  successors: Link[];
  predecessors: Link[];
}

export interface Span {
  /** Offsets on the shared axis, in percent. */
  left: number;
  width: number;
  open: boolean;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}/.test(v);
const refs = (v: unknown): Ref[] => (Array.isArray(v) ? (v as Ref[]) : []);

export function buildTimeline(distros: Distro[], resolve: Resolve): TimelineEntry[] {
  const entries = distros.map((d): TimelineEntry => {
    const f = d.data.facts;
    const start = isDate(f['firstRelease']?.value) ? (f['firstRelease']!.value as string) : undefined;
    const end = isDate(f['endOfLife']?.value) ? (f['endOfLife']!.value as string) : undefined;
    return {
      id: d.id,
      title: d.data.title,
      status: String(f['status']?.value),
      baseline: d.data.baseline,
      start,
      end,
      startText: start ? formatPartialDate(start) : 'Unknown',
      endText: end ? formatPartialDate(end) : f['endOfLife']?.value === 'none' ? 'None announced' : 'Unknown',
      successors: refs(f['successors']?.value).map(resolve),
      predecessors: [],
    };
  });
  for (const d of distros) {
    for (const s of refs(d.data.facts['successors']?.value)) {
      entries.find((e) => e.id === s.id)?.predecessors.push(resolve({ collection: 'distros', id: d.id }));
    }
  }
  return entries.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title, 'en'));
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
  return { left: ((startYear - from) / total) * 100, width: Math.max(((endYear - startYear) / total) * 100, 0.8), open: !entry.end || yearOf(entry.end) > to };
}

/** Chains of succession worth drawing: every OS that has successors, with them. */
export function lineages(entries: TimelineEntry[]): { from: Link; to: Link[] }[] {
  return entries.filter((e) => e.successors.length).map((e) => ({ from: { text: e.title, href: routes.distro(e.id) }, to: e.successors }));
}
