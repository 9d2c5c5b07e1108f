/** What the /data/v1/ endpoints share: the build's context and the response. */
import type { OpenDataContext } from '../lib/open-data.ts';

export function buildContext(site: URL | undefined): OpenDataContext {
  if (!site) throw new Error('astro.config.mjs must set `site`: the open data files carry absolute URLs');
  // One date for the whole build: the files say when they were written.
  return { site, generated: BUILD_DATE };
}

const BUILD_DATE = new Date().toISOString().slice(0, 10);

/** Pretty-printed, so `curl` output is readable without jq. */
export const json = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
