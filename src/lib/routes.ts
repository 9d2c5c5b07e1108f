/** Public URLs. They are a contract: tests/build/published-urls.test.ts holds the list. */
import { normalizeBase, withBase, withoutBase } from './base.ts';

/**
 * The anchor of a change-log entry on /changes/: its file name, prefixed
 * because the file names start with the date and an id must start with a letter.
 */
export const changeAnchor = (id: string) => `change-${id}`;

/**
 * The base this build is served under. `BASE` is the variable astro.config.mjs
 * reads, so pages, build plugins, scripts and tests agree with Astro; in the
 * browser there is no `process`, and Vite's `BASE_URL` says the same.
 */
export const BASE = normalizeBase(
  globalThis.process?.env['BASE'] ?? (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL,
);

/** Every internal URL, each under `base` (`/` or `/repo/`). */
export function makeRoutes(base: string) {
  const at = (path: string) => withBase(path, base);
  return {
    /** Any other root-relative path on this site (`/favicon.svg`), under the base. */
    at,
    home: at('/'),
    distros: at('/distros/'),
    distro: (id: string) => at(`/distros/${id}/`),
    concepts: at('/concepts/'),
    concept: (id: string) => at(`/concepts/${id}/`),
    compare: at('/compare/'),
    pair: (a: string, b: string) => at(`/compare/${a}-vs-${b}/`),
    runtimes: at('/compare/runtimes/'),
    stack: at('/stack/'),
    choose: at('/choose/'),
    /** The rules that let /choose/ follow its form without JavaScript (src/lib/choose-css.ts). */
    chooseCss: at('/choose/answers.css'),
    timeline: at('/timeline/'),
    glossary: at('/glossary/'),
    search: at('/search/'),
    /** The names search matches typos and spellings against (src/lib/search-names.ts). */
    searchNames: at('/search/names.json'),
    data: at('/data/'),
    dataFile: (name: string) => at(`/data/v1/${name}.json`),
    dataSchema: (name: string) => at(`/data/v1/${name}.schema.json`),
    /**
     * A page's link-preview image: `/og/distros/flatcar.png`, `/og/index.png` for the home page.
     * `pagePath` is the page's URL as served, with or without the base.
     */
    ogImage: (pagePath: string) => {
      const path = withoutBase(pagePath, base) ?? pagePath;
      return at(`/og/${path.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index'}.png`);
    },
    changes: at('/changes/'),
    /** One entry of the change log: its anchor on /changes/. */
    change: (id: string) => at(`/changes/#${changeAnchor(id)}`),
    changesFeed: at('/changes.atom'),
    lifecycleCalendar: at('/lifecycle.ics'),
    sitemap: at('/sitemap-index.xml'),
    favicon: at('/favicon.svg'),
  } as const;
}

export const routes = makeRoutes(BASE);

export function hrefOfRef(ref: { collection: string; id: string }): string {
  return ref.collection === 'distros' ? routes.distro(ref.id) : routes.concept(ref.id);
}
