import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { normalizeBase, withBase, withoutBase } from '../../src/lib/base.ts';
import { makeRoutes } from '../../src/lib/routes.ts';
import { baseLinks } from '../../src/integrations/base-links.ts';

describe('base path', () => {
  it('normalizes what a person or GitHub Pages writes to one leading and one trailing slash', () => {
    assert.deepEqual([undefined, '', '/', ' / ', 'repo', '/repo', '/repo/', '//repo//', '/a/b'].map(normalizeBase), [
      '/',
      '/',
      '/',
      '/',
      '/repo/',
      '/repo/',
      '/repo/',
      '/repo/',
      '/a/b/',
    ]);
  });

  it('prefixes root-relative paths and leaves every other URL alone', () => {
    assert.equal(withBase('/distros/', '/repo/'), '/repo/distros/');
    assert.equal(withBase('/', '/repo/'), '/repo/');
    assert.equal(withBase('/distros/', '/'), '/distros/');
    for (const other of ['#overview', '../runc/', 'runc/', 'https://example.com/', '//cdn.test/x', 'mailto:a@b.c'])
      assert.equal(withBase(other, '/repo/'), other);
  });

  it('takes the base off again, and says when a path is outside it', () => {
    assert.equal(withoutBase('/repo/distros/', '/repo/'), '/distros/');
    assert.equal(withoutBase('/repo/', '/repo/'), '/');
    assert.equal(withoutBase('/repo', '/repo/'), '/');
    assert.equal(withoutBase('/distros/', '/repo/'), undefined);
    assert.equal(withoutBase('/repository/', '/repo/'), undefined);
    assert.equal(withoutBase('/distros/', '/'), '/distros/');
  });
});

describe('routes under a base', () => {
  const at = makeRoutes('/container-atlas/');
  const root = makeRoutes('/');

  it('puts the base in front of every page, file and anchor', () => {
    assert.equal(root.distro('flatcar'), '/distros/flatcar/');
    assert.equal(at.home, '/container-atlas/');
    assert.equal(at.distro('flatcar'), '/container-atlas/distros/flatcar/');
    assert.equal(at.pair('bottlerocket', 'flatcar'), '/container-atlas/compare/bottlerocket-vs-flatcar/');
    assert.equal(at.dataSchema('distros'), '/container-atlas/data/v1/distros.schema.json');
    assert.equal(at.change('2024-01-01-x'), '/container-atlas/changes/#change-2024-01-01-x');
    assert.equal(at.sitemap, '/container-atlas/sitemap-index.xml');
    assert.equal(at.at('/favicon.svg'), '/container-atlas/favicon.svg');
  });

  it('names the same preview image for a page whether or not its path carries the base', () => {
    assert.equal(root.ogImage('/distros/flatcar/'), '/og/distros/flatcar.png');
    assert.equal(at.ogImage('/container-atlas/distros/flatcar/'), '/container-atlas/og/distros/flatcar.png');
    assert.equal(at.ogImage('/distros/flatcar/'), '/container-atlas/og/distros/flatcar.png');
    assert.equal(at.ogImage('/container-atlas/'), '/container-atlas/og/index.png');
    assert.equal(at.ogImage('/container-atlas/404.html'), '/container-atlas/og/404.png');
  });
});

describe('root-relative links in articles', () => {
  const render = async (markdown: string, base: string, file = '/site/content/concepts/a.mdx') => {
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: false,
      hastPlugins: [baseLinks(base, '/site/content')],
    });
    return (await processor.render(markdown, { fileURL: pathToFileURL(file) })).code;
  };

  it('get the base, and so do images', async () => {
    const html = await render('See [Ignition](/concepts/ignition/#config) and ![diagram](/img/a.svg).', '/repo/');
    assert.match(html, /href="\/repo\/concepts\/ignition\/#config"/);
    assert.match(html, /src="\/repo\/img\/a.svg"/);
  });

  it('leave fragments, relative and external links alone', async () => {
    const html = await render('[a](#x) [b](../runc/) [c](https://example.com/) [d](mailto:a@b.c)', '/repo/');
    assert.deepEqual(
      [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
      ['#x', '../runc/', 'https://example.com/', 'mailto:a@b.c'],
    );
  });

  it('change nothing at /, and never put the base in twice', async () => {
    assert.match(await render('[Ignition](/concepts/ignition/)', '/'), /href="\/concepts\/ignition\/"/);
    // A link the glossary plugin built with routes.ts already has the base.
    const html = await render('[already](/repo/concepts/runc/)', '/repo/');
    assert.match(html, /href="\/repo\/concepts\/runc\/"/);
  });

  it("go to the pages in a translation's language, and only pages", async () => {
    const zh = '/site/content/zh/concepts/a.mdx';
    const links = async (markdown: string, base: string) =>
      [...(await render(markdown, base, zh)).matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    const markdown = '[a](/concepts/runc/#spec) [b](/lifecycle.ics) ![c](/img/a.svg) [d](/zh/concepts/crun/)';
    assert.deepEqual(await links(markdown, '/'), [
      '/zh/concepts/runc/#spec',
      '/lifecycle.ics',
      '/img/a.svg',
      '/zh/concepts/crun/',
    ]);
    assert.deepEqual(await links(markdown, '/repo/'), [
      '/repo/zh/concepts/runc/#spec',
      '/repo/lifecycle.ics',
      '/repo/img/a.svg',
      '/repo/zh/concepts/crun/',
    ]);
  });
});
