/**
 * The Pagefind JS API, loaded on first use: no page pays for search until a
 * reader searches. The path is built at run time so Vite leaves it alone
 * (the bundle is written by the pagefind CLI after the Astro build).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  kind: string;
}

let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

export async function runSearch(query: string, kind: string, limit = 10): Promise<Hit[]> {
  const pf = await load();
  const found = await pf.search(query, kind ? { filters: { kind } } : {});
  if (!found) return [];
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, kind: d.filters['kind']?.[0] ?? '' }));
}
