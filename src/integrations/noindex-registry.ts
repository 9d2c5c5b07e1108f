/**
 * Pages published only so a link never 404s (an untranslated page under
 * /zh/) are left out of the sitemap. The layout records them while they
 * render; the sitemap's filter, in the same build process, reads the record.
 * A process-wide slot for the reason og-registry.ts gives.
 */
const SLOT = Symbol.for('container-atlas.noindex');
type Slot = { [SLOT]?: Set<string> };

const pages = () => ((globalThis as Slot)[SLOT] ??= new Set());

/** `pathname` as served, with the base: what the sitemap's URLs hold. */
export const recordNoindex = (pathname: string) => void pages().add(pathname);

export const isNoindex = (pathname: string) => pages().has(pathname);
