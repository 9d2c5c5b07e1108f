/**
 * A Sätteri hast plugin: articles link to other pages root-relative
 * (`[Ignition](/concepts/ignition/)`), which is right only when the site is
 * served at `/`. This puts the base in front of every root-relative link and
 * image in the prose, so the same content builds for a sub-path
 * (docs/deploying.md). In a translation (`content/zh/…`) a link to a page
 * also goes to that page in the translation's language: translators keep the
 * English paths (docs/TRANSLATING.md). Code and components get the base and
 * the language from routes.ts.
 */
import { fileURLToPath } from 'node:url';
import { relative, resolve, sep } from 'node:path';
import type { Element } from 'hast';
import { withBase } from '../lib/base.ts';
import { DEFAULT_LOCALE, LOCALES, localizePath, splitLocale, type Locale } from '../i18n/locales.ts';

/** The one URL attribute of each element an article can produce. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };

interface Ctx {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** The language of a content file: `content/zh/…` is Chinese, the rest English. */
export function localeOfContentFile(path: string, contentDir: string): Locale {
  const first = relative(resolve(contentDir), path).split(sep)[0];
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && l === first) ?? DEFAULT_LOCALE;
}

/** A page's path (it ends in `/`, before any `#`), not a file such as `/lifecycle.ics`. */
const isPagePath = (url: string) => /^\/(?!\/)[^?#]*\/(?:[?#].*)?$/.test(url);

/** A factory: Sätteri calls it once per file, which tells it the file's language. */
export function baseLinks(base: string, contentDir: string) {
  return (file: { fileURL: URL | undefined }) => {
    const locale = file.fileURL ? localeOfContentFile(fileURLToPath(file.fileURL), contentDir) : DEFAULT_LOCALE;
    return {
      name: 'base-links',
      element: {
        filter: Object.keys(URL_ATTRIBUTE),
        visit(node: Readonly<Element>, ctx: Ctx) {
          const attribute = URL_ATTRIBUTE[node.tagName];
          const url = attribute ? node.properties[attribute] : undefined;
          // A link that already starts with the base came from routes.ts (the glossary's term links).
          if (typeof url !== 'string' || (base !== '/' && url.startsWith(base))) return;
          // Term links from routes.ts are already in the file's language.
          const localized =
            isPagePath(url) && splitLocale(url).locale === DEFAULT_LOCALE ? localizePath(url, locale) : url;
          const based = withBase(localized, base);
          if (based !== url) ctx.setProperty(node, attribute!, based);
        },
      },
    };
  };
}
