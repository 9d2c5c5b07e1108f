/** Public URLs. They are a contract: tests/build/published-urls.test.ts holds the list. */
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
  data: '/data/',
  dataFile: (name: string) => `/data/v1/${name}.json`,
  dataSchema: (name: string) => `/data/v1/${name}.schema.json`,
  /** A page's link-preview image: `/og/distros/flatcar.png`, `/og/index.png` for the home page. */
  ogImage: (pagePath: string) => `/og/${pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index'}.png`,
} as const;

export function hrefOfRef(ref: { collection: string; id: string }): string {
  return ref.collection === 'distros' ? routes.distro(ref.id) : routes.concept(ref.id);
}
