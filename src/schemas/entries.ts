/**
 * Entries as src/lib sees them: what Astro's collections hold after schema
 * validation (a `CollectionEntry` is one of these), without importing Astro,
 * so unit tests can build them by hand.
 */
import type { ChangeData } from './change.ts';
import type { ConceptData } from './concept.ts';
import type { DistroData } from './distro.ts';
import type { Placeholder, Source } from './fact.ts';
import type { Ref } from './refs.ts';

export interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

export type Distro = Entry<DistroData>;
export type Concept = Entry<ConceptData>;
export type Change = Entry<ChangeData>;

/** A fact seen without its attribute: what views that handle every attribute alike work on. */
export interface AnyFact {
  value: unknown;
  note?: string | undefined;
  sources: string[];
  concepts: Ref<'concepts'>[];
}

export type { ChangeData, ConceptData, DistroData, Placeholder, Ref, Source };
