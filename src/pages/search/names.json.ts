/**
 * /search/names.json: the names of every page, which the search page reads to
 * forgive typos and punctuation (src/lib/search-names.ts). Unindented, since
 * a first search waits for it.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { nameTable } from '../../lib/search-names.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const table = nameTable({
    OS: atlas.distros.map((d) => ({ id: d.id, ...d.data })),
    Concept: atlas.concepts.map((c) => ({ id: c.id, ...c.data })),
  });
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
