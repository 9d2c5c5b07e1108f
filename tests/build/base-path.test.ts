/**
 * Every address the site gives for itself is under its base and is served:
 * canonical and preview-image URLs, redirects, the sitemap, the feed, the
 * calendar, the open data and the search bundle. links.test.ts does the same
 * for href, src and action. At base `/` this holds trivially for the prefix
 * and still checks that each address resolves; `npm run check:base` runs it
 * over a build under /container-atlas/ (docs/deploying.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST, DomUtils, SITE_ROOT, fileOf, htmlFiles, parse, urlOf } from './dist.ts';

const origin = new URL(SITE_ROOT).origin;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** An absolute URL on this site: a problem unless it is under the base and served. */
function problem(where: string, url: string): string | undefined {
  if (!url.startsWith(SITE_ROOT)) return `${where}: ${url} is not under ${SITE_ROOT}`;
  if (!fileOf(new URL(url).pathname)) return `${where}: ${url} is not served`;
  return undefined;
}
const problems = (where: string, urls: string[]) => urls.flatMap((u) => problem(where, u) ?? []).slice(0, 20);

/** Every string in a JSON value that is a URL on this site's origin. */
function siteUrls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(origin) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(siteUrls);
  return [];
}

describe(`addresses under the base ${BASE}`, () => {
  const pages = htmlFiles();

  it('canonical, og:url and og:image name this site under the base, and are served', () => {
    const bad = pages.flatMap((file) => {
      const doc = parse(file);
      // The 404 page answers at any missing address; the address it names for itself is not a page.
      const own = urlOf(file).endsWith('/404.html') ? [] : ['canonical', 'og:url'];
      const urls = [
        ...DomUtils.findAll((e) => e.name === 'link' && own.includes(e.attribs['rel'] ?? ''), doc.children).map(
          (e) => e.attribs['href'] ?? '',
        ),
        ...DomUtils.findAll(
          (e) => e.name === 'meta' && [...own, 'og:image'].includes(e.attribs['property'] ?? ''),
          doc.children,
        ).map((e) => e.attribs['content'] ?? ''),
      ];
      assert.equal(urls.length, own.length + 1, `${urlOf(file)} lacks a canonical, og:url or og:image`);
      return problems(urlOf(file), urls);
    });
    assert.deepEqual(bad, []);
  });

  it('redirect pages send readers to a page under the base', (t) => {
    const refreshes = pages.flatMap((file) =>
      DomUtils.findAll((e) => e.name === 'meta' && e.attribs['http-equiv'] === 'refresh', parse(file).children).map(
        (e) => ({ page: urlOf(file), to: (e.attribs['content'] ?? '').replace(/^\d+;\s*url=/i, '') }),
      ),
    );
    if (!refreshes.length) return t.skip('no entry has a redirectFrom');
    const bad = refreshes.filter(
      ({ page, to }) => !to.startsWith(BASE) || !fileOf(new URL(to, `${origin}${page}`).pathname),
    );
    assert.deepEqual(bad, []);
  });

  it('the sitemap lists every page under the base', () => {
    const index = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.deepEqual(problems('sitemap-index.xml', index), []);
    const locs = index.flatMap((sitemap) =>
      [...readFileSync(fileOf(new URL(sitemap).pathname)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    );
    assert.ok(locs.length > 50, `only ${locs.length} pages in the sitemap`);
    assert.deepEqual(problems('sitemap', locs), []);
  });

  it('the feed, the calendar and the open data link to pages under the base', () => {
    const atom = [...read('changes.atom').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/#.*/, ''));
    // iCalendar folds long lines; a line starting with a space continues the one before.
    const ics = read('lifecycle.ics').replace(/\r?\n[ \t]/g, '');
    const calendar = [...ics.matchAll(/^URL[^:]*:(.+)$/gm)].map((m) => m[1]!.trim());
    const data = readdirSync(join(DIST, 'data/v1'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => siteUrls(JSON.parse(read(`data/v1/${f}`))));
    assert.ok(atom.length > 2 && calendar.length > 2 && data.length > 50, 'too few addresses to check');
    assert.deepEqual(
      [...problems('changes.atom', atom), ...problems('lifecycle.ics', calendar), ...problems('data/v1', data)],
      [],
    );
  });

  it('the search bundles are served under the base, and the script that loads them asks there', () => {
    for (const bundle of ['pagefind/pagefind.js', 'pagefind-full/pagefind-entry.json'])
      assert.ok(fileOf(`${BASE}${bundle}`), `${BASE}${bundle} is not served`);
    if (BASE === '/') return;
    const scripts = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, code: read(`_astro/${f}`) }));
    const loaders = scripts.filter(({ code }) => code.includes('pagefind/pagefind.js'));
    assert.ok(loaders.length > 0, 'no script loads the search bundle');
    const bad = [
      ...scripts.filter(({ code }) => /["'`]\/pagefind/.test(code)).map(({ f }) => `${f} names /pagefind at the root`),
      ...loaders
        .filter(({ code }) => !code.includes(BASE))
        .map(({ f }) => `${f} loads the search bundle without ${BASE}`),
    ];
    assert.deepEqual(bad, []);
  });
});
