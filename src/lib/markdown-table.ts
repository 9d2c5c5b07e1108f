/**
 * "Copy as Markdown": the matrix view a reader is looking at, as a GitHub-
 * flavoured Markdown table with a link back to that exact view and to the
 * pages that list each column's sources. Pure, so the browser and the tests
 * produce the same text.
 */

export interface MarkdownCell {
  text: string;
  /** Footnote numbers of the sources the cell cites. */
  sources: number[];
}

export interface MarkdownTable {
  /** What is compared, e.g. "Flatcar vs Talos". */
  title: string;
  /** Absolute URL of the exact view, query string included. */
  url: string;
  /** Column headings; `sourcesUrl` is where that column's numbered sources are listed. */
  columns: { name: string; url: string; sourcesUrl: string }[];
  rows: { label: string; cells: MarkdownCell[] }[];
}

/** Table cells are one line; a pipe would end the cell. */
const escapeCell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Link text may not contain an unescaped bracket. */
const escapeLink = (text: string) => escapeCell(text).replace(/([[\]])/g, '\\$1');

const cell = (c: MarkdownCell) => escapeCell(c.text) + (c.sources.length ? ` [${c.sources.join(', ')}]` : '');

/**
 * The table's own words, in the page's language (src/i18n/messages, `compare.client`);
 * `{title}`, `{url}` and `{links}` are filled in.
 */
export interface MarkdownWords {
  mdAttribute: string;
  mdFrom: string;
  mdSources: string;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

export function markdownTable(table: MarkdownTable, words: MarkdownWords): string {
  const header = [words.mdAttribute, ...table.columns.map((c) => `[${escapeLink(c.name)}](${c.url})`)];
  const links = table.columns.map((c) => `[${escapeLink(c.name)}](${c.sourcesUrl})`).join(', ');
  const lines = [
    fill(words.mdFrom, { title: escapeCell(table.title), url: table.url }),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...table.rows.map((r) => `| ${[escapeCell(r.label), ...r.cells.map(cell)].join(' | ')} |`),
    '',
    fill(words.mdSources, { links }),
  ];
  return `${lines.join('\n')}\n`;
}
