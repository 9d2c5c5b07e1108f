/**
 * Search in two steps, both on Pagefind's JS API, loaded on first use:
 *  1. the headline index (/pagefind/: titles, summaries, aliases, headings)
 *     answers first and cheaply;
 *  2. the full-text index (/pagefind-full/) then adds pages that mention the
 *     words only in their prose.
 * See scripts/search-index.ts for why there are two. No page pays for any of
 * this until a reader searches.
 */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends PagefindInstance {
  createInstance(o: { basePath: string } & typeof OPTIONS): PagefindInstance;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
}

// Small site: a Web Worker would cost a 12 KB download to save milliseconds.
const OPTIONS = { excerptLength: 24, noWorker: true };
let headline: Promise<PagefindModule> | undefined;
let full: Promise<PagefindInstance> | undefined;
// Both bundles sit under the site's base (docs/deploying.md); Pagefind takes the
// base for its result URLs from where its bundle was loaded.
const BASE = import.meta.env.BASE_URL;

function loadHeadline(): Promise<PagefindModule> {
  const url = `${BASE}pagefind/pagefind.js`;
  headline ??= import(/* @vite-ignore */ url).then(async (pf: PagefindModule) => {
    await pf.options(OPTIONS);
    return pf;
  });
  return headline;
}

function loadFull(): Promise<PagefindInstance> {
  full ??= loadHeadline().then(async (pf) => {
    const instance = pf.createInstance({ basePath: `${BASE}pagefind-full/`, ...OPTIONS });
    await instance.options(OPTIONS);
    return instance;
  });
  return full;
}

type Found = { results: PagefindResult[] };

async function hitsOf(results: PagefindResult[]): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    kind: d.filters['kind']?.[0] ?? '',
  }));
}

const search = async (pf: PagefindInstance, query: string, kind: string): Promise<Found> =>
  (await pf.search(query, kind ? { filters: { kind } } : {})) ?? { results: [] };

/** How many results show before anything else loads: each costs a fragment download. */
const FIRST = 3;

/**
 * The best headline matches first. `more()` then loads the rest of the
 * headline matches and full-text matches not already shown; call it once the
 * first results are on screen, so nothing else delays them.
 */
export async function runSearch(
  query: string,
  kind: string,
  limit = 10,
): Promise<{ first: Hit[]; more: () => Promise<Hit[]> }> {
  const found = await search(await loadHeadline(), query, kind);
  const first = await hitsOf(found.results.slice(0, FIRST));
  const more = async () => {
    const rest = await hitsOf(found.results.slice(FIRST, limit));
    const shown = new Set([...first, ...rest].map((h) => h.url));
    const room = limit - shown.size;
    if (room <= 0) return rest;
    const fullText = await search(await loadFull(), query, kind);
    const candidates = await hitsOf(fullText.results.slice(0, limit));
    return [...rest, ...candidates.filter((h) => !shown.has(h.url)).slice(0, room)];
  };
  return { first, more };
}
