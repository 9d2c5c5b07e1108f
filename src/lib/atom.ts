/**
 * The change log as an Atom 1.0 feed (RFC 4287), written by hand: the format
 * is small, and a string builder keeps the build free of another dependency.
 * Every piece of text passes through `escapeXml`.
 */
import type { ChangeView } from './present.ts';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedOptions {
  /** Absolute URL of the site, e.g. `https://container-atlas.dev/`. */
  site: string;
  feedPath: string;
  pagePath: string;
  title: string;
  author: string;
  /** Newest first, as `newestFirst` orders them. */
  entries: ChangeView[];
}

/** An entry is dated by its day; the feed is as new as its newest entry, so a rebuild changes nothing. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function buildAtomFeed(o: FeedOptions): string {
  const url = (path: string) => new URL(path, o.site).href;
  const feedUrl = url(o.feedPath);
  const updated = stamp(o.entries.map((e) => e.date).reduce((a, b) => (a > b ? a : b), '1970-01-01'));
  const entries = o.entries.map((e) => {
    const link = url(`${o.pagePath}#${e.anchor}`);
    return [
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <category term="${escapeXml(e.kind)}" label="${escapeXml(e.kindText)}"/>`,
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(o.pagePath))}"/>`,
    `  <author><name>${escapeXml(o.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
