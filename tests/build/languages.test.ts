/**
 * The site in each language: every English page has its twin under /zh/
 * (translated, or the English words under a notice, never a 404), pages say
 * their language, link their twins as alternates, and each language has its
 * own sitemap of the pages that are really in it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST, DomUtils, SITE_ROOT, fileOf, htmlFiles, parse, urlOf } from './dist.ts';
import { withBase } from '../../src/lib/base.ts';
import { readTranslationReports } from '../../src/data/read-translations.ts';

const zhPrefix = withBase('/zh/', BASE);
const pages = htmlFiles()
  .map((file) => ({ file, url: urlOf(file), html: readFileSync(file, 'utf8') }))
  // Old URLs that only send readers onward are English-only by design.
  .filter((p) => !p.html.includes('http-equiv="refresh"'));
const english = pages.filter((p) => !p.url.startsWith(zhPrefix));
const chinese = pages.filter((p) => p.url.startsWith(zhPrefix));
const twinOf = (url: string) => zhPrefix + url.slice(BASE.length);

const head = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
const locsOf = (name: string) =>
  head(readFileSync(join(DIST, name), 'utf8'), /<loc>([^<]+)<\/loc>/g).map((u) => new URL(u).pathname);

describe('languages of the built site', () => {
  it('gives every English page a Chinese twin', () => {
    const missing = english.filter((p) => !p.url.endsWith('404.html') && !fileOf(twinOf(p.url))).map((p) => p.url);
    assert.ok(english.length > 100 && chinese.length > 100, `${english.length} English, ${chinese.length} Chinese`);
    assert.deepEqual(missing, []);
  });

  it('says each page’s language on <html>', () => {
    const wrong = pages
      .filter((p) => head(p.html, /<html lang="([^"]+)"/g)[0] !== (p.url.startsWith(zhPrefix) ? 'zh-Hans' : 'en'))
      .map((p) => p.url);
    assert.deepEqual(wrong, []);
  });

  it('links each translated page to its twins and x-default, and each untranslated one to the English page', () => {
    const problems: string[] = [];
    for (const p of pages.filter((p) => !p.url.endsWith('404.html'))) {
      const untranslated = p.html.includes('data-translation="missing"');
      const alternates = new Map(
        DomUtils.getElementsByTagName('link', parse(p.file))
          .filter((l) => l.attribs['rel'] === 'alternate' && l.attribs['hreflang'])
          .map((l) => [l.attribs['hreflang']!, new URL(l.attribs['href']!).pathname]),
      );
      const en = p.url.startsWith(zhPrefix) ? withBase(p.url.slice(zhPrefix.length - 1), BASE) : p.url;
      if (untranslated) {
        if (alternates.size) problems.push(`${p.url}: an untranslated page lists alternates`);
        if (!p.html.includes('<meta name="robots" content="noindex">')) problems.push(`${p.url}: not noindex`);
        if (!p.html.includes(`<link rel="canonical" href="${new URL(en, SITE_ROOT)}">`))
          problems.push(`${p.url}: canonical is not the English page`);
        continue;
      }
      const expected = { en, 'zh-Hans': twinOf(en), 'x-default': en };
      for (const [lang, url] of Object.entries(expected)) {
        if (alternates.get(lang) !== url)
          problems.push(`${p.url}: hreflang ${lang} is ${alternates.get(lang)}, expected ${url}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('marks each translated page whose English page changed since, and shows English under a notice where there is none', () => {
    const wrong = readTranslationReports('zh').flatMap((r) => {
      const page = chinese.find((p) => p.url === withBase(`/zh/${r.kind}/${r.id}/`, BASE));
      const shown = page?.html.match(/data-translation="(\w+)"/)?.[1] ?? 'current';
      return shown === r.state ? [] : [`${r.file}: ${r.state}, but the page shows ${shown}`];
    });
    assert.deepEqual(wrong, []);
  });

  it('has one sitemap per language, of pages in that language only', () => {
    const index = locsOf('sitemap-index.xml').map((u) => u.slice(BASE.length));
    assert.deepEqual(index.sort(), ['sitemap-en-0.xml', 'sitemap-zh-0.xml']);
    const listed = (list: typeof pages) =>
      list
        .filter((p) => !p.html.includes('data-translation="missing"') && !p.url.endsWith('404.html'))
        .map((p) => p.url)
        .sort();
    assert.deepEqual(locsOf('sitemap-en-0.xml').sort(), listed(english));
    assert.deepEqual(locsOf('sitemap-zh-0.xml').sort(), listed(chinese));
  });
});
