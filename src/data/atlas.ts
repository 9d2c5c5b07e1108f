/**
 * The one place pages read content from. Loads both collections, fails the
 * build on references to missing entries, and hands out the link resolver.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeDangling, findDanglingReferences } from '../lib/references.ts';
import type { Resolve } from '../lib/present.ts';
import { hrefOfRef } from '../lib/routes.ts';

export type Distro = CollectionEntry<'distros'>;
export type Concept = CollectionEntry<'concepts'>;
export type Change = CollectionEntry<'changes'>;

export interface Atlas {
  distros: Distro[];
  concepts: Concept[];
  /** The change log, in no particular order: src/lib/changes.ts orders it. */
  changes: Change[];
  resolve: Resolve;
  concept(id: string): Concept;
  /** The build date, YYYY-MM-DD: what "checked more than a year ago" is measured against. */
  today: string;
}

let cached: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const distros = await getCollection('distros');
  const concepts = await getCollection('concepts');
  const changes = await getCollection('changes');
  const dangling = findDanglingReferences(distros, concepts, changes);
  if (dangling.length) {
    throw new Error(`Unknown references in content:\n${dangling.map(describeDangling).join('\n')}`);
  }
  const names = new Map<string, string>([
    ...distros.map((d) => [`distros/${d.id}`, d.data.shortName] as const),
    ...concepts.map((c) => [`concepts/${c.id}`, c.data.shortName] as const),
  ]);
  const resolve: Resolve = (ref) => ({ text: names.get(`${ref.collection}/${ref.id}`)!, href: hrefOfRef(ref) });
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  return {
    distros,
    concepts,
    changes,
    resolve,
    concept: (id) => conceptById.get(id)!,
    today: new Date().toISOString().slice(0, 10),
  };
}

export function getAtlas(): Promise<Atlas> {
  // In `astro dev` content changes between requests; a build reads it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
