/**
 * How fresh a fact is: it was last verified when the newest of its sources
 * was checked. Facts not verified for twelve months are flagged to readers
 * ("may be out of date") and listed by `npm run stale`.
 */
import type { AnyFact, Entry, Source } from '../schemas/entries.ts';
import { lastChecked } from './format.ts';

export const STALE_AFTER_MONTHS = 12;

/** Whether `checked` (YYYY-MM-DD) is more than `months` before `today`. */
export function isStale(checked: string | undefined, today: string, months = STALE_AFTER_MONTHS): boolean {
  if (!checked) return true;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${checked}T00:00:00Z`) < limit;
}

/** The date a fact was last verified: the newest check among the sources it cites. */
export function verifiedOn(fact: Pick<AnyFact, 'sources'>, sources: Record<string, Source>): string | undefined {
  return lastChecked(fact.sources.flatMap((key) => (sources[key] ? [sources[key]] : [])));
}

export interface StaleFact {
  file: string;
  field: string;
  verified: string | undefined;
}

type FactsOwner = Entry<{ sources: Record<string, Source>; facts?: Record<string, AnyFact | undefined> | undefined }>;

export function staleFacts(entries: FactsOwner[], today: string): StaleFact[] {
  return entries.flatMap((entry) =>
    Object.entries(entry.data.facts ?? {}).flatMap(([key, fact]) => {
      if (!fact) return [];
      const verified = verifiedOn(fact, entry.data.sources);
      return isStale(verified, today) ? [{ file: entry.filePath ?? entry.id, field: `facts.${key}`, verified }] : [];
    }),
  );
}
