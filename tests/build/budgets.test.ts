/**
 * Byte budgets (listed in docs/ARCHITECTURE.md, "Budgets"), on the built output, gzip-compressed as a
 * server would send them. The search budget needs a browser: see
 * tests/e2e/search.spec.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, DomUtils, fileOf, gzipSize, htmlFiles, parse, scriptClosure, urlOf } from './dist.ts';
import { withBase } from '../../src/lib/base.ts';

const KB = 1024;
export const BUDGET = { article: 30 * KB, articleJs: 4 * KB, compare: 90 * KB };

interface Weight {
  url: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** Everything a page loads before the reader does anything: the HTML and what it links to. */
export function weigh(file: string): Weight {
  const doc = parse(file);
  const html = gzipSize(readFileSync(file));
  const size = (url: string) => gzipSize(readFileSync(fileOf(url) ?? assert.fail(`${url} missing`)));
  const css = DomUtils.findAll((el) => el.name === 'link' && el.attribs['rel'] === 'stylesheet', doc.children).reduce(
    (n, el) => n + size(el.attribs['href']!),
    0,
  );
  const entryScripts = DomUtils.findAll((el) => el.name === 'script' && !!el.attribs['src'], doc.children).map(
    (el) => el.attribs['src']!,
  );
  const seen = new Set<string>();
  const jsFiles = entryScripts.flatMap((s) => scriptClosure(s, seen));
  const inlineJs = DomUtils.findAll(
    (el) => el.name === 'script' && !el.attribs['src'] && el.attribs['type'] !== 'application/ld+json',
    doc.children,
  ).reduce((n, el) => n + gzipSize(DomUtils.textContent(el)), 0);
  const js = jsFiles.reduce((n, f) => n + size(f), 0) + inlineJs;
  const icons = DomUtils.findAll((el) => el.name === 'link' && el.attribs['rel'] === 'icon', doc.children).reduce(
    (n, el) => n + size(el.attribs['href']!),
    0,
  );
  return { url: urlOf(file), html, css, js, other: icons, total: html + css + js - inlineJs + icons };
}

const pages = htmlFiles();
const articles = pages.filter((f) => /\/(distros|concepts)\/[^/]+\/index\.html$/.test(f));
const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('byte budgets', () => {
  it('has article pages to weigh', () => assert.ok(articles.length >= 8, `${articles.length} articles`));

  it(`every article page transfers ≤ ${fmt(BUDGET.article)} gzip before interaction`, () => {
    const weights = articles.map(weigh).sort((a, b) => b.total - a.total);
    const over = weights.filter((w) => w.total > BUDGET.article).map((w) => `${w.url}: ${fmt(w.total)}`);
    console.log(
      `heaviest article: ${weights[0]!.url} ${fmt(weights[0]!.total)} (HTML ${fmt(weights[0]!.html)}, CSS ${fmt(weights[0]!.css)}, JS ${fmt(weights[0]!.js)})`,
    );
    assert.deepEqual(over, []);
  });

  it(`every article page runs ≤ ${fmt(BUDGET.articleJs)} gzip of JavaScript before interaction`, () => {
    const weights = articles.map(weigh);
    const over = weights.filter((w) => w.js > BUDGET.articleJs).map((w) => `${w.url}: ${fmt(w.js)}`);
    console.log(`article JS: ${fmt(Math.max(...weights.map((w) => w.js)))} at most`);
    assert.deepEqual(over, []);
  });

  for (const path of ['/compare/', '/zh/compare/']) {
    it(`${path} with every OS and attribute stays ≤ ${fmt(BUDGET.compare)} gzip`, () => {
      const w = weigh(fileOf(withBase(path, BASE))!);
      console.log(`${path}: ${fmt(w.total)} (HTML ${fmt(w.html)}, CSS ${fmt(w.css)}, JS ${fmt(w.js)})`);
      assert.ok(w.total <= BUDGET.compare, `${fmt(w.total)}`);
    });
  }

  it('only the search page refers to the search engine, and it loads it on demand', () => {
    const eager = pages.filter((f) => urlOf(f) !== '/search/' && readFileSync(f, 'utf8').includes('pagefind/pagefind'));
    assert.deepEqual(eager.map(urlOf), []);
  });
});
