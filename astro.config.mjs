// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTerms } from './src/integrations/glossary-terms.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { chooseSsi } from './src/integrations/choose-ssi.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { DEFAULT_SITE, normalizeBase, withoutBase } from './src/lib/base.ts';
import { LOCALES, LOCALE_INFO, splitLocale } from './src/i18n/locales.ts';
import { isNoindex } from './src/integrations/noindex-registry.ts';

// Tests build fixture content (ATLAS_CONTENT_DIR, read in src/content.config.ts).
// Each fixture gets its own cache beside it: a shared content store would mix
// its entries with the real ones, or with those of a deleted fixture.
const fixture = process.env.ATLAS_CONTENT_DIR;
const fixtureCache = fixture ? { cacheDir: `${fixture}/.astro-cache` } : {};
const content = fixture ?? './content';

// Where the site is served (docs/deploying.md): SITE is the origin, BASE the path under it,
// e.g. SITE=https://<user>.github.io BASE=/container-atlas/ for a GitHub Pages project site.
// src/lib/routes.ts reads the same BASE, so every internal link agrees with Astro's.
const site = process.env.SITE || DEFAULT_SITE;
const base = normalizeBase(process.env.BASE);

/** @param {string} url */
const localeOfUrl = (url) => splitLocale(withoutBase(new URL(url).pathname, base) ?? '/').locale;

export default defineConfig({
  ...fixtureCache,
  site,
  base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements.
  compressHTML: true,
  integrations: [
    mdx(),
    // One sitemap per language (sitemap-en-0.xml, sitemap-zh-0.xml), each page with its twins as
    // alternates. Pages published with a "not yet translated" notice are noindex: they stay out
    // (the layout records them while they render).
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: LOCALE_INFO.en.lang, zh: LOCALE_INFO.zh.lang } },
      filter: (page) => !isNoindex(new URL(page).pathname),
      chunks: Object.fromEntries(LOCALES.map((l) => [l, (item) => (localeOfUrl(item.url) === l ? item : undefined)])),
    }),
    ogImages(),
    // /choose/ answered from its query string by nginx, for readers without JavaScript.
    chooseSsi(),
  ],
  markdown: {
    // Root-relative links in prose get the base (and a translation's language); the glossary's term links come from routes.ts with both.
    processor: satteri({ hastPlugins: [baseLinks(base, content), glossaryTerms(content)] }),
    // Prism emits classes, not inline styles, so a strict CSP needs no exceptions.
    syntaxHighlight: 'prism',
  },
  // The policy (src/lib/security-policy.ts) is in Base.astro's meta element and the host headers.
  // Stylesheets and scripts stay files, never inlined, so the policy needs no hash that changes
  // with the code and the host headers can state it once (tests/build/security-headers.test.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // One harmless "use astro:head-inject" warning per MDX file (withastro/astro#18087):
        // printing a thousand of them is most of a large build's log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
