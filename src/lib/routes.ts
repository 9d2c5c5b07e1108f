/** Public URLs. They are a contract: tests/build/published-urls.test.ts holds the list. */
import { normalizeBase, withBase, withoutBase } from './base.ts';
import { DEFAULT_LOCALE, localizePath, type Locale } from '../i18n/locales.ts';

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

/**
 * Every internal URL, each under `base` (`/` or `/repo/`). Pages are in
 * `locale` (`/zh/stack/`); files every language shares (data, feeds, images)
 * are not.
 */
export function makeRoutes(base: string, locale: Locale = DEFAULT_LOCALE) {
  const at = (path: string) => withBase(path, base);
  const page = (path: string) => at(localizePath(path, locale));
  return {
    /** Any other root-relative path on this site (`/favicon.svg`), under the base. */
    at,
    /** A page path in this language (`/distros/` → `/zh/distros/`), under the base. */
    page,
    home: page('/'),
    distros: page('/distros/'),
    distro: (id: string) => page(`/distros/${id}/`),
    concepts: page('/concepts/'),
    concept: (id: string) => page(`/concepts/${id}/`),
    compare: page('/compare/'),
    pair: (a: string, b: string) => page(`/compare/${a}-vs-${b}/`),
    runtimes: page('/compare/runtimes/'),
    stack: page('/stack/'),
    choose: page('/choose/'),
    /** The rules that let /choose/ follow its form without JavaScript (src/lib/choose-css.ts). */
    chooseCss: at('/choose/answers.css'),
    timeline: page('/timeline/'),
    glossary: page('/glossary/'),
    search: page('/search/'),
    /** The names search matches typos and spellings against (src/lib/search-names.ts). */
    searchNames: page('/search/names.json'),
    data: page('/data/'),
    /** An open data file; in another language, its words in that language (`/data/v1/zh/distros.json`). */
    dataFile: (name: string) => at(`/data/v1/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${name}.json`),
    dataSchema: (name: string) => at(`/data/v1/${name}.schema.json`),
    /**
     * A page's link-preview image: `/og/distros/flatcar.png`, `/og/index.png` for the home page.
     * `pagePath` is the page's URL as served, with or without the base.
     */
    ogImage: (pagePath: string) => {
      const path = withoutBase(pagePath, base) ?? pagePath;
      return at(`/og/${path.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index'}.png`);
    },
    changes: page('/changes/'),
    /** One entry of the change log: its anchor on /changes/. */
    change: (id: string) => page(`/changes/#${changeAnchor(id)}`),
    changesFeed: at('/changes.atom'),
    lifecycleCalendar: at('/lifecycle.ics'),
    sitemap: at('/sitemap-index.xml'),
    favicon: at('/favicon.svg'),
  } as const;
}

export const routes = makeRoutes(BASE);
export type Routes = typeof routes;

const byLocale = new Map<Locale, Routes>([[DEFAULT_LOCALE, routes]]);
/** The routes of pages in `locale`. */
export function routesFor(locale: Locale): Routes {
  let r = byLocale.get(locale);
  if (!r) byLocale.set(locale, (r = makeRoutes(BASE, locale)));
  return r;
}

export function hrefOfRef(ref: { collection: string; id: string }, locale: Locale = DEFAULT_LOCALE): string {
  const r = routesFor(locale);
  return ref.collection === 'distros' ? r.distro(ref.id) : r.concept(ref.id);
}
