/**
 * The shapes src/lib works on: what Astro's collections hold after schema
 * validation, written structurally so unit tests can build them by hand.
 */
import type { Source } from '../schemas/fact.ts';

/** What Astro's `reference()` resolves a frontmatter slug to. */
export interface Ref {
  collection: string;
  id: string;
}

export interface Fact<V = unknown> {
  value: V | 'unknown' | 'not-applicable';
  note?: string | undefined;
  sources: string[];
  concepts: Ref[];
}

export interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

export interface DistroData {
  title: string;
  shortName: string;
  summary: string;
  homepage: string;
  aliases: string[];
  baseline: boolean;
  redirectFrom: string[];
  sources: Record<string, Source>;
  facts: Record<string, Fact>;
}

export interface ConceptData {
  title: string;
  shortName: string;
  layer: string;
  definition: string;
  aliases: string[];
  related: Ref[];
  since: { value: string; sources: string[] };
  historical: boolean;
  redirectFrom: string[];
  sources: Record<string, Source>;
  facts?: Record<string, Fact> | undefined;
}

export type Distro = Entry<DistroData>;
export type Concept = Entry<ConceptData>;

/** A source as shown next to a fact: numbered within its page or column. */
export interface CitedSource extends Source {
  key: string;
  number: number;
}
