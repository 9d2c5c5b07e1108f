/**
 * The site's languages. English is served at the root, every other language
 * under its own prefix with the same paths below it (`/zh/distros/flatcar/`).
 * Paths here are site paths, without the base (src/lib/base.ts).
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

interface LocaleInfo {
  /** BCP 47: `lang` on <html> and `hreflang` on alternates. Pagefind splits its index by it. */
  lang: string;
  /** The language's own name, as the switcher offers it. */
  name: string;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
  /** Path prefix: '' for the default language. */
  prefix: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', name: 'English', ogLocale: 'en_US', prefix: '' },
  zh: { lang: 'zh-Hans', name: '简体中文', ogLocale: 'zh_CN', prefix: '/zh' },
};

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

/** The language of a site path, and that path in the default language. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const { prefix } = LOCALE_INFO[locale];
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) {
      return { locale, path: path.slice(prefix.length) || '/' };
    }
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** A default-language site path in `locale`: `/stack/` → `/zh/stack/`. */
export const localizePath = (path: string, locale: Locale) =>
  path.startsWith('/') && !path.startsWith('//') ? `${LOCALE_INFO[locale].prefix}${path}` : path;

/** The same page in another language. */
export const twinPath = (path: string, locale: Locale) => localizePath(splitLocale(path).path, locale);

/** getStaticPaths params for a page built once per language: `[...locale]` is undefined for English. */
export const localeParams = () =>
  LOCALES.map((locale) => ({
    params: { locale: LOCALE_INFO[locale].prefix.slice(1) || undefined },
    props: { locale },
  }));
