/**
 * A Sätteri hast plugin: articles link to other pages root-relative
 * (`[Ignition](/concepts/ignition/)`), which is right only when the site is
 * served at `/`. This puts the base in front of every root-relative link and
 * image in the prose, so the same content builds for a sub-path
 * (docs/deploying.md). Code and components get the base from routes.ts.
 */
import type { Element } from 'hast';
import { withBase } from '../lib/base.ts';

/** The one URL attribute of each element an article can produce. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };

interface Ctx {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

export function baseLinks(base: string) {
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTE),
      visit(node: Readonly<Element>, ctx: Ctx) {
        const attribute = URL_ATTRIBUTE[node.tagName];
        const url = attribute ? node.properties[attribute] : undefined;
        // A link that already starts with the base came from routes.ts (the glossary's term links).
        if (typeof url !== 'string' || base === '/' || url.startsWith(base)) return;
        const based = withBase(url, base);
        if (based !== url) ctx.setProperty(node, attribute!, based);
      },
    },
  };
}
