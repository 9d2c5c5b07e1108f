/** What the built site contains, read from dist/ so tests follow the content. */
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

/** Every page the sitemaps list: one sitemap per language (sitemap-en-0.xml, sitemap-zh-0.xml). */
export function sitemapPaths(): string[] {
  const xml = readdirSync(dist)
    .filter((f) => /^sitemap-[a-z]+-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Pages published but left out of the sitemaps: a page not yet translated is
 * served under its language's prefix with the English words (noindex).
 */
export function untranslatedPaths(dir = dist, path = '/'): string[] {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : untranslatedPaths(join(dir, e.name), `${path}${e.name}/`);
    if (e.name !== 'index.html') return [];
    const html = readFileSync(join(dir, e.name), 'utf8');
    return html.includes('data-translation="missing"') ? [path] : [];
  });
}

/** One page of every kind a reader reaches, at its plain address. */
export const ONE_OF_EACH_KIND = [
  '/',
  '/distros/',
  '/distros/flatcar/',
  '/concepts/',
  '/concepts/cgroups/',
  '/compare/',
  '/compare/flatcar-vs-talos/',
  '/compare/runtimes/',
  '/choose/',
  '/stack/',
  '/timeline/',
  '/glossary/',
  '/changes/',
  '/data/',
  '/search/',
];

export const distroSlugs = () =>
  readdirSync(join(dist, 'distros'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
export const conceptSlugs = () =>
  readdirSync(join(dist, 'concepts'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

/**
 * A matrix's column headers, once: every group's table repeats them, so take
 * those of the first group on show (`visible`: only the columns on show).
 */
export const columnHeads = (page: Page, visible = false) => {
  const heads = page.locator('.matrix-section:visible').first().locator('thead th[data-col]');
  return visible ? heads.filter({ visible: true }) : heads;
};
