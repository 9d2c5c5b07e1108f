/**
 * How complete the facts are: which are still `unknown`, and which active OSes
 * the timeline cannot place. A build test holds the site to a ceiling of
 * unknowns; the schema already makes each one carry a note saying why.
 */
import type { AnyFact, Distro, Entry } from '../schemas/entries.ts';

export interface UnknownFact {
  file: string;
  field: string;
  note: string;
}

type FactsOwner = Entry<{ facts?: Record<string, AnyFact | undefined> | undefined }>;

export function unknownFacts(entries: FactsOwner[]): UnknownFact[] {
  return entries.flatMap((entry) =>
    Object.entries(entry.data.facts ?? {})
      .filter(([, fact]) => fact?.value === 'unknown')
      .map(([key, fact]) => ({ file: entry.filePath ?? entry.id, field: `facts.${key}`, note: fact?.note ?? '' })),
  );
}

/** Active OSes whose first release is not known: /timeline/ cannot draw them. */
export function undatedActive(distros: Distro[]): string[] {
  return distros
    .filter((d) => d.data.facts.status.value === 'active' && d.data.facts.firstRelease.value === 'unknown')
    .map((d) => d.filePath ?? d.id);
}
