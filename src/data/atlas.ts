/**
 * The one place pages read content from. Loads both collections, fails the
 * build on references to missing entries, and hands out link resolvers.
 */
import { getCollection } from 'astro:content';
import type { Resolve } from '../lib/cells.ts';
import { describeDangling, findDanglingReferences } from '../lib/references.ts';
import { hrefOfRef } from '../lib/routes.ts';
import type { Concept, Distro } from '../lib/types.ts';

export interface Atlas {
  distros: Distro[];
  concepts: Concept[];
  resolve: Resolve;
  distro(id: string): Distro;
  concept(id: string): Concept;
}

let cached: Promise<Atlas> | undefined;

async function load(): Promise<Atlas> {
  const distros = (await getCollection('distros')) as unknown as Distro[];
  const concepts = (await getCollection('concepts')) as unknown as Concept[];
  const dangling = findDanglingReferences(distros, concepts);
  if (dangling.length) {
    throw new Error(`Unknown references in content:\n${dangling.map(describeDangling).join('\n')}`);
  }
  const byId = new Map<string, Distro | Concept>([
    ...distros.map((d) => [`distros/${d.id}`, d] as const),
    ...concepts.map((c) => [`concepts/${c.id}`, c] as const),
  ]);
  const resolve: Resolve = (ref) => ({ text: byId.get(`${ref.collection}/${ref.id}`)!.data.shortName, href: hrefOfRef(ref) });
  return {
    distros,
    concepts,
    resolve,
    distro: (id) => distros.find((d) => d.id === id)!,
    concept: (id) => concepts.find((c) => c.id === id)!,
  };
}

export function getAtlas(): Promise<Atlas> {
  // In `astro dev` content changes between requests; a build reads it once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
