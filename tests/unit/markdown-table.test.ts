import { describe, it } from 'node:test';
import { en } from '../../src/i18n/messages/en.ts';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { parseDocument, DomUtils } from 'htmlparser2';
import { markdownTable } from '../../src/lib/markdown-table.ts';

const table = {
  title: 'Flatcar vs Talos',
  url: 'https://container-atlas.dev/compare/flatcar-vs-talos/?diff=1',
  columns: [
    { name: 'Flatcar', url: 'https://container-atlas.dev/distros/flatcar/', sourcesUrl: 'https://x/#src-flatcar' },
    { name: 'Talos [Linux]', url: 'https://container-atlas.dev/distros/talos/', sourcesUrl: 'https://x/#src-talos' },
  ],
  rows: [
    {
      label: 'Update model',
      cells: [
        { text: 'A/B partition image', sources: [3, 1] },
        { text: 'OCI image, A/B', sources: [2] },
      ],
    },
    {
      label: 'Remote access',
      cells: [
        { text: 'SSH | console', sources: [] },
        { text: 'API only (talosctl)\n', sources: [4] },
      ],
    },
  ],
};

/** What a Markdown renderer makes of it: the table's rows as arrays of cell text. */
function rendered(markdown: string) {
  const doc = parseDocument(marked.parse(markdown, { async: false }));
  const rows = DomUtils.findAll((el) => el.name === 'tr', doc.children);
  return {
    rows: rows.map((tr) =>
      DomUtils.findAll((el) => el.name === 'td' || el.name === 'th', tr.children).map((c) => DomUtils.textContent(c)),
    ),
    links: DomUtils.findAll((el) => el.name === 'a', doc.children).map((a) => a.attribs['href']),
  };
}

describe('Copy as Markdown', () => {
  const markdown = markdownTable(table, en.compare.client);
  const { rows, links } = rendered(markdown);

  it('renders as a table with the same rows and values, sources as numbers', () => {
    assert.deepEqual(rows, [
      ['Attribute', 'Flatcar', 'Talos [Linux]'],
      ['Update model', 'A/B partition image [3, 1]', 'OCI image, A/B [2]'],
      ['Remote access', 'SSH | console', 'API only (talosctl) [4]'],
    ]);
  });

  it('links back to the exact view, each OS and its sources', () => {
    assert.equal(links[0], table.url);
    for (const c of table.columns) {
      assert.ok(links.includes(c.url), c.url);
      assert.ok(links.includes(c.sourcesUrl), c.sourcesUrl);
    }
  });
});
