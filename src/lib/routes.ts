/** Public URLs. They are a contract: tests/build/published-urls.test.ts holds the list. */
/**
 * The anchor of a change-log entry on /changes/: its file name, prefixed
 * because the file names start with the date and an id must start with a letter.
 */
export const changeAnchor = (id: string) => `change-${id}`;

export const routes = {
  home: '/',
  distros: '/distros/',
  distro: (id: string) => `/distros/${id}/`,
  concepts: '/concepts/',
  concept: (id: string) => `/concepts/${id}/`,
  compare: '/compare/',
  pair: (a: string, b: string) => `/compare/${a}-vs-${b}/`,
  runtimes: '/compare/runtimes/',
  stack: '/stack/',
  timeline: '/timeline/',
  glossary: '/glossary/',
  search: '/search/',
  /** The names search matches typos and spellings against (src/lib/search-names.ts). */
  searchNames: '/search/names.json',
  data: '/data/',
  dataFile: (name: string) => `/data/v1/${name}.json`,
  dataSchema: (name: string) => `/data/v1/${name}.schema.json`,
  /** A page's link-preview image: `/og/distros/flatcar.png`, `/og/index.png` for the home page. */
  ogImage: (pagePath: string) => `/og/${pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index'}.png`,
  changes: '/changes/',
  /** One entry of the change log: its anchor on /changes/. */
  change: (id: string) => `/changes/#${changeAnchor(id)}`,
  changesFeed: '/changes.atom',
  lifecycleCalendar: '/lifecycle.ics',
} as const;

export function hrefOfRef(ref: { collection: string; id: string }): string {
  return ref.collection === 'distros' ? routes.distro(ref.id) : routes.concept(ref.id);
}
