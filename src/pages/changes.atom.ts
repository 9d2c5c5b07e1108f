import type { APIRoute } from 'astro';
import { getAtlas } from '../data/atlas.ts';
import { buildAtomFeed } from '../lib/atom.ts';
import { newestFirst } from '../lib/changes.ts';
import { presentChange } from '../lib/present.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  const xml = buildAtomFeed({
    site: String(site),
    feedPath: routes.changesFeed,
    pagePath: routes.changes,
    title: 'Container Atlas: what changed',
    author: 'Container Atlas',
    entries: newestFirst(atlas.changes).map((c) => presentChange(c, atlas.resolve)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
