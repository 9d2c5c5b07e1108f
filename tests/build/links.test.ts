/**
 * Link check over the built site: every internal link and asset resolves to a
 * file, and every #fragment to an element id on the target page.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomUtils, fileOf, htmlFiles, parse, urlOf } from './dist.ts';

const pages = htmlFiles();
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  if (!idsOf.has(file)) {
    const doc = parse(file);
    idsOf.set(file, new Set(DomUtils.findAll((el) => !!el.attribs['id'], doc.children).map((el) => el.attribs['id']!)));
  }
  return idsOf.get(file)!;
}

describe('links in the built site', () => {
  it('has pages to check', () => assert.ok(pages.length > 10, `only ${pages.length} pages`));

  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const page = urlOf(file);
      const doc = parse(file);
      const refs = DomUtils.findAll((el) => ['a', 'link', 'script', 'img', 'form'].includes(el.name), doc.children)
        .map((el) => el.attribs['href'] ?? el.attribs['src'] ?? el.attribs['action'])
        .filter((h): h is string => !!h);
      for (const href of refs) {
        if (/^(mailto:|data:)/.test(href)) continue;
        if (/^https?:/.test(href)) {
          if (href.startsWith('http:')) broken.push(`${page}: insecure external link ${href}`);
          continue;
        }
        checked++;
        const url = new URL(href, `http://atlas.test${page}`);
        const target = fileOf(url.pathname);
        if (!target) {
          broken.push(`${page}: ${href} → no such page or file`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment))
          broken.push(`${page}: ${href} → no element with id "${fragment}"`);
      }
    }
    assert.ok(checked > 100, `only ${checked} internal links checked`);
    assert.deepEqual(broken, []);
  });

  it('gives every id on a page once (anchors are unambiguous)', () => {
    const dupes: string[] = [];
    for (const file of pages) {
      const all = DomUtils.findAll((el) => !!el.attribs['id'], parse(file).children).map((el) => el.attribs['id']!);
      const seen = new Set<string>();
      for (const id of all) {
        if (seen.has(id)) dupes.push(`${urlOf(file)}: #${id}`);
        seen.add(id);
      }
    }
    assert.deepEqual(dupes, []);
  });
});
