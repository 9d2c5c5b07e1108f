// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://container-atlas.dev',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements.
  compressHTML: true,
  integrations: [mdx(), sitemap()],
  markdown: {
    // Prism emits classes, not inline styles, so a strict CSP needs no exceptions.
    syntaxHighlight: 'prism',
  },
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
});
