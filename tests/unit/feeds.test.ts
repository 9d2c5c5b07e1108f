import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import { buildAtomFeed, escapeXml } from '../../src/lib/atom.ts';
import { newestFirst } from '../../src/lib/changes.ts';
import { presentChange } from '../../src/lib/present.ts';
import { buildCalendar, escapeText, foldLine, lifecycleEvents } from '../../src/lib/lifecycle-calendar.ts';
import { change, distro, fact, resolve } from './helpers.ts';

describe('Atom feed', () => {
  const entries = newestFirst([
    change('older', '2025-05-01', { title: 'Tom & Jerry <3 "quotes"' }),
    change('newer', '2026-02-03'),
  ]).map((c) => presentChange(c, resolve));
  const xml = buildAtomFeed({
    site: 'https://example.org/',
    feedPath: '/changes.atom',
    pagePath: '/changes/',
    title: 'Log',
    author: 'Someone',
    entries,
  });

  it('escapes markup characters in text and attributes', () => {
    assert.equal(escapeXml(`a<b>&"c'`), 'a&lt;b&gt;&amp;&quot;c&apos;');
    assert.match(xml, /<title>Tom &amp; Jerry &lt;3 &quot;quotes&quot;<\/title>/);
  });

  it('is as new as its newest entry and links each entry to its anchor', () => {
    const doc = parseDocument(xml, { xmlMode: true });
    const feed = DomUtils.getElementsByTagName('feed', doc)[0]!;
    const updated = DomUtils.getElementsByTagName('updated', feed.children, false)[0];
    assert.equal(updated && DomUtils.textContent(updated), '2026-02-03T00:00:00Z');
    const links = DomUtils.getElementsByTagName('entry', doc).map(
      (e) => DomUtils.getElementsByTagName('link', e)[0]!.attribs['href'],
    );
    assert.deepEqual(links, ['https://example.org/changes/#change-newer', 'https://example.org/changes/#change-older']);
  });
});

describe('lifecycle calendar', () => {
  const distros = [
    distro('exact', { firstRelease: fact('2020-08-31'), endOfLife: fact('2023-10-11') }),
    distro('month', { firstRelease: fact('2018-03'), endOfLife: fact('none') }),
    distro('year', { firstRelease: fact('2016'), endOfLife: fact('unknown', { note: 'Not announced' }) }),
  ];
  const events = lifecycleEvents(distros, 'https://example.org/', (id) => `/distros/${id}/`);

  it('makes one event per known date, skipping none and placeholders', () => {
    assert.deepEqual(
      events.map((e) => [e.uid, e.day, e.known]),
      [
        ['year-first-release@example.org', '2016-01-01', '2016'],
        ['month-first-release@example.org', '2018-03-01', '2018-03'],
        ['exact-first-release@example.org', '2020-08-31', '2020-08-31'],
        ['exact-end-of-life@example.org', '2023-10-11', '2023-10-11'],
      ],
    );
  });

  it('says in the description when a date is only a month or a year', () => {
    const byUid = new Map(events.map((e) => [e.uid, e.description]));
    assert.match(byUid.get('month-first-release@example.org')!, /Only the month is known; .*first day/);
    assert.match(byUid.get('year-first-release@example.org')!, /Only the year is known; .*1 January/);
    assert.doesNotMatch(byUid.get('exact-first-release@example.org')!, /Only the/);
  });

  it('escapes TEXT values and folds lines at 75 octets without splitting characters', () => {
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(long).split('\r\n');
    assert.ok(folded.length > 1);
    for (const line of folded) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.equal(folded.map((l, i) => (i ? l.slice(1) : l)).join(''), long);
  });

  it('writes all-day events that end the next day', () => {
    const ics = buildCalendar(events, 'Test');
    assert.match(ics, /DTSTART;VALUE=DATE:20231011\r\nDTEND;VALUE=DATE:20231012\r\n/);
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  });
});
