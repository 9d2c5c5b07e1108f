/**
 * Search in two steps, both on Pagefind's JS API, loaded on first use:
 *  1. the headline index (/pagefind/: titles, summaries, headings) answers
 *     first and cheaply, after the query is read against the names of every
 *     page (/search/names.json): a typo is corrected, and a page the query
 *     names (spelling aside) is shown first;
 *  2. the full-text index (/pagefind-full/) then adds pages that mention the
 *     words only in their prose or aliases.
 * See scripts/search-index.ts for why there are two, docs/SEARCH.md for the
 * rules. No page pays for any of this until a reader searches.
 */
import { indexNames, interpretQuery, type NameIndex, type NamedPage } from '../lib/search-names.ts';
import { bestSection, type SubResult } from '../lib/search-sections.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends PagefindInstance {
  createInstance(o: { basePath: string } & typeof OPTIONS): PagefindInstance;
}

export interface Hit {
  /** The page, or the section of it that answers the query. */
  url: string;
  /** The page's own URL, to tell results apart. */
  page: string;
  title: string;
  section?: string;
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
let names: Promise<NameIndex> | undefined;

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

/** Where the names are, and where the pages they name live: all in the page's language. */
export interface NameSource {
  url: string;
  /** `/zh/distros/`: a page's URL is this plus its id and a slash. */
  distros: string;
  concepts: string;
}

/** Without the names, search still works: it just forgives less. */
function loadNames(source: NameSource): Promise<NameIndex> {
  const at = { distro: (id: string) => `${source.distros}${id}/`, concept: (id: string) => `${source.concepts}${id}/` };
  names ??= fetch(source.url)
    .then((r) => (r.ok ? r.json() : { OS: [], Concept: [] }))
    .catch(() => ({ OS: [], Concept: [] }))
    .then((table) => indexNames(table, at));
  return names;
}

type Found = { results: PagefindResult[] };

async function hitsOf(results: PagefindResult[], query: string): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => {
    const title = d.meta.title ?? d.url;
    const target = bestSection(query, { url: d.url, title }, d.sub_results ?? []);
    return {
      url: target.url,
      page: d.url,
      title,
      ...(target.section ? { section: target.section } : {}),
      excerpt: d.excerpt,
      kind: d.filters['kind']?.[0] ?? '',
    };
  });
}

const search = async (pf: PagefindInstance, query: string, kind: string): Promise<Found> =>
  (await pf.search(query, kind ? { filters: { kind } } : {})) ?? { results: [] };

/**
 * A page the query names by an alias may not be among the headline matches
 * (aliases are not in that index): fetch its result by its title.
 */
async function hitFor(pf: PagefindInstance, page: NamedPage): Promise<Hit> {
  const found = await search(pf, page.title, page.kind);
  const hit = (await hitsOf(found.results.slice(0, 3), page.title)).find((h) => h.page === page.url);
  return hit ?? { url: page.url, page: page.url, title: page.title, excerpt: '', kind: page.kind };
}

const distinct = (hits: Hit[]) => hits.filter((h, i) => hits.findIndex((o) => o.page === h.page) === i);

/**
 * How many results show before anything else loads: each costs a fragment download (~0.4 KB),
 * and a first search must stay inside its 100 KB budget in every language.
 */
const FIRST = 2;

export interface Answer {
  /** What was searched for: the query, or its correction. */
  searched: string;
  corrected: boolean;
  /** When searching as typed, what would have been searched for instead. */
  suggestion?: string;
  first: Hit[];
  /**
   * The rest of the headline matches and full-text matches not already shown;
   * call it once the first results are on screen, so nothing else delays them.
   */
  more: () => Promise<Hit[]>;
}

/** `asTyped` searches for the query exactly as typed: no correction (the reader asked for it). */
export async function runSearch(
  query: string,
  kind: string,
  asTyped: boolean,
  names: NameSource,
  limit = 10,
): Promise<Answer> {
  const [pf, index] = await Promise.all([loadHeadline(), loadNames(names)]);
  const read = interpretQuery(query, index, kind);
  const overruled = asTyped && read.corrected;
  const { search: searched, corrected, pinned } = overruled ? { search: query, corrected: false, pinned: [] } : read;
  const found = await search(pf, searched, kind);
  const top = await hitsOf(found.results.slice(0, FIRST), searched);
  const named = await Promise.all(pinned.map((p) => top.find((h) => h.page === p.url) ?? hitFor(pf, p)));
  const first = distinct([...named, ...top]);
  const more = async () => {
    const rest = await hitsOf(found.results.slice(FIRST, limit), searched);
    const shown = distinct([...first, ...rest]);
    const room = limit - shown.length;
    if (room <= 0) return shown.slice(first.length);
    const fullText = await search(await loadFull(), searched, kind);
    const candidates = await hitsOf(fullText.results.slice(0, limit), searched);
    return distinct([...shown, ...candidates]).slice(first.length, limit);
  };
  return { searched, corrected, ...(overruled ? { suggestion: read.search } : {}), first, more };
}
