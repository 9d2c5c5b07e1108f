/**
 * What a page or component needs to speak its page's language, read from the
 * URL it is rendered at: components call `i18n(Astro.url)` instead of having
 * the locale passed down through every prop.
 */
import { withBase, withoutBase } from '../lib/base.ts';
import { BASE, routesFor } from '../lib/routes.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, splitLocale, twinPath, type Locale } from './locales.ts';
import { messages } from './ui.ts';
import { vocabulary } from './vocab.ts';

const sitePath = (url: URL) => withoutBase(url.pathname, BASE) ?? url.pathname;

export const localeOf = (url: URL): Locale => splitLocale(sitePath(url)).locale;

export function i18n(url: URL) {
  const locale = localeOf(url);
  const t = messages(locale);
  return {
    locale,
    info: LOCALE_INFO[locale],
    t,
    vocab: vocabulary(locale),
    routes: routesFor(locale),
    /**
     * What a script says of a bad query string, for its `data-state-words`: English is the
     * scripts' default (src/lib/url-state.ts), so only another language hands its words over.
     */
    stateWords: locale === DEFAULT_LOCALE ? undefined : JSON.stringify(t.stateWords),
  };
}

/** The page at `url` in another language, under the base. */
export const twinHref = (url: URL, locale: Locale) => withBase(twinPath(sitePath(url), locale), BASE);
