/**
 * /search/names.json (and /zh/search/names.json): the names of every page in
 * that language, which its search page reads to forgive typos and punctuation
 * (src/lib/search-names.ts). A translation's names come first, then the
 * English ones, so either finds the page. Unindented, since a first search
 * waits for it.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../data/atlas.ts';
import { nameTable } from '../../../lib/search-names.ts';
import { localeParams, type Locale } from '../../../i18n/locales.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const atlas = await getAtlas((props as { locale: Locale }).locale);
  const table = nameTable({
    OS: atlas.distros.map((d) => ({ id: d.id, ...d.data })),
    Concept: atlas.concepts.map((c) => ({ id: c.id, ...c.data })),
  });
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
