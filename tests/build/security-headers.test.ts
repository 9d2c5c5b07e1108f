/**
 * Every built page carries the policy from src/lib/security-policy.ts in a
 * meta element that comes before any script, and the host headers
 * (public/_headers, deploy/nginx.conf) would allow everything the page
 * runs: the header states exactly the meta element's policy, plus what only
 * a header can say.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, DIST, htmlFiles, parse, urlOf } from './dist.ts';
import {
  HEADER_ONLY_DIRECTIVES,
  headerPolicy,
  isHashSource,
  metaPolicy,
  parsePolicy,
  sha256,
} from '../../src/lib/security-policy.ts';

const pages = htmlFiles();
const header = parsePolicy(headerPolicy());
const headerOnly = new Set(HEADER_ONLY_DIRECTIVES.map((d) => d.split(' ')[0]));

interface Page {
  url: string;
  metas: string[];
  /** Element names in document order, to check the meta comes first. */
  order: string[];
  inlineScripts: string[];
  /** Inline styles and event-handler attributes: the policy allows neither. */
  inlineCode: string[];
}

function read(file: string): Page {
  const doc = parse(file);
  const page: Page = { url: urlOf(file), metas: [], order: [], inlineScripts: [], inlineCode: [] };
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const csp = el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy';
    if (csp) page.metas.push(el.attribs['content'] ?? '');
    if (csp || el.name === 'script') page.order.push(csp ? 'csp' : 'script');
    if (el.name === 'script' && !el.attribs['src']) page.inlineScripts.push(DomUtils.textContent(el));
    if (el.name === 'style') page.inlineCode.push('<style>');
    for (const name of Object.keys(el.attribs)) {
      if (name === 'style' || name.startsWith('on')) page.inlineCode.push(`<${el.name} ${name}>`);
    }
    for (const name of ['href', 'src', 'action']) {
      if (/^\s*javascript:/i.test(el.attribs[name] ?? '')) page.inlineCode.push(`<${el.name} ${name}=javascript:>`);
    }
  }
  return page;
}

const built = pages.map(read);

describe('Content Security Policy in the built site', () => {
  it('has pages to check', () => assert.ok(built.length > 100, `only ${built.length} pages`));

  it('gives every page one policy meta element, before any script', () => {
    const bad = built.filter((p) => p.metas.length !== 1 || p.order[0] !== 'csp').map((p) => p.url);
    assert.deepEqual(bad, []);
  });

  it('states in every meta element exactly the header’s policy, less what only a header can say', () => {
    const expected = [...header].filter(([name]) => !headerOnly.has(name));
    assert.deepEqual([...parsePolicy(metaPolicy())], expected);
    const differing = built.filter((p) => p.metas[0] !== metaPolicy());
    assert.deepEqual(
      differing.map((p) => p.url),
      [],
    );
  });

  it('lists in the meta element every hash the header lists', () => {
    const hashes = [...header].flatMap(([name, tokens]) => tokens.filter(isHashSource).map((t) => [name, t] as const));
    assert.ok(hashes.length > 0);
    const missing = built.flatMap((p) => {
      const meta = parsePolicy(p.metas[0] ?? '');
      return hashes.filter(([name, t]) => !meta.get(name)?.includes(t)).map(([name, t]) => `${p.url} ${name} ${t}`);
    });
    assert.deepEqual(missing, []);
  });

  it('allows, by the header alone, every inline script a page has', () => {
    const allowed = header.get('script-src') ?? [];
    const blocked = built.flatMap((p) =>
      p.inlineScripts.filter((s) => !allowed.includes(`'${sha256(s)}'`)).map((s) => `${p.url}: ${s.slice(0, 60)}`),
    );
    assert.deepEqual(blocked, []);
    assert.ok(
      built.every((p) => p.inlineScripts.length === 1),
      'each page has the theme script',
    );
  });

  it('has no inline styles, event-handler attributes or javascript: URLs, which the policy would block', () => {
    const found = built.flatMap((p) => p.inlineCode.map((c) => `${p.url} ${c}`));
    assert.deepEqual(found, []);
  });

  it('copies public/_headers into dist/ unchanged', () => {
    const source = readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8');
    assert.equal(readFileSync(join(DIST, '_headers'), 'utf8'), source);
  });
});
