/**
 * The base path the site is served under: `/` on its own domain,
 * `/container-atlas/` as a GitHub Pages project site
 * (https://<user>.github.io/container-atlas/). Internal URLs are written
 * root-relative (`/distros/flatcar/`), in code and in content, and prefixed
 * with the base as the site is built. Pure: the base is always an argument.
 */

/** Where the site lives when the build is not told otherwise (SITE, read by astro.config.mjs). */
export const DEFAULT_SITE = 'https://container-atlas.dev';

/** `''`, `'/'`, `'repo'`, `'/repo'` and `'/repo/'` all become `'/repo/'` (or `'/'`). */
export function normalizeBase(raw: string | undefined): string {
  const inner = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * `/distros/` under `/repo/` is `/repo/distros/`. Anything that is not a
 * root-relative path (a fragment, a relative path, `https:`, `mailto:`, a
 * protocol-relative `//host/`) is returned as it is.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base + path.slice(1);
}

/**
 * The inverse of withBase: `/repo/distros/` under `/repo/` is `/distros/`.
 * Undefined for a path outside the base, which would not be served.
 */
export function withoutBase(path: string, base: string): string | undefined {
  if (path.startsWith(base)) return `/${path.slice(base.length)}`;
  // The base itself without its trailing slash (`/repo`) is the home page.
  if (`${path}/` === base) return '/';
  return undefined;
}
