/**
 * The change log's feed and the lifecycle calendar, as a feed reader and a
 * calendar app would read them from the built site.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { DIST, DomUtils, fileOf, htmlFiles, parse, urlOf } from './dist.ts';
import { frontmatterOf } from '../../src/schemas/validate.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const child = (el: Element, name: string) =>
  DomUtils.getElementsByTagName(name, el.children, false)[0] as Element | undefined;
const text = (el: Element, name: string) => {
  const c = child(el, name);
  return c ? DomUtils.textContent(c).trim() : '';
};

describe('Atom feed /changes.atom', () => {
  const doc = parseDocument(read('changes.atom'), { xmlMode: true });
  const feed = DomUtils.getElementsByTagName('feed', doc)[0]!;
  const entries = DomUtils.getElementsByTagName('entry', feed);

  it('is an Atom 1.0 feed with id, title, updated, self link and author', () => {
    assert.equal(feed.attribs['xmlns'], 'http://www.w3.org/2005/Atom');
    assert.match(text(feed, 'id'), /^https:\/\//);
    assert.ok(text(feed, 'title'));
    assert.match(text(feed, 'updated'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const self = DomUtils.getElementsByTagName('link', feed.children, false).find((l) => l.attribs['rel'] === 'self');
    assert.match(self?.attribs['href'] ?? '', /\/changes\.atom$/);
    assert.ok(text(child(feed, 'author')!, 'name'));
  });

  it('has one complete entry per file in content/changes/, newest first', () => {
    const files = readdirSync(join(CONTENT, 'changes')).filter((f) => f.endsWith('.yaml'));
    assert.equal(entries.length, files.length);
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) assert.ok(text(e, name), `entry without ${name}`);
      assert.match(child(e, 'link')?.attribs['href'] ?? '', /^https:\/\/.+\/changes\/#.+/);
    }
    const dates = entries.map((e) => text(e, 'updated'));
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(text(feed, 'updated'), dates[0]);
    assert.equal(new Set(entries.map((e) => text(e, 'id'))).size, entries.length, 'entry ids are unique');
  });

  it("every entry's link lands on an anchor of /changes/", () => {
    const ids = new Set(
      DomUtils.findAll((el) => el.attribs['id'] !== undefined, parse(fileOf('/changes/')!).children).map(
        (el) => el.attribs['id'],
      ),
    );
    const missing = entries.map((e) => child(e, 'link')!.attribs['href']!.split('#')[1]).filter((id) => !ids.has(id));
    assert.deepEqual(missing, []);
  });

  it('every page announces the feed for autodiscovery', () => {
    const without = htmlFiles()
      .filter((file) => {
        const links = DomUtils.getElementsByTagName('link', parse(file));
        return !links.some(
          (l) =>
            l.attribs['rel'] === 'alternate' &&
            l.attribs['type'] === 'application/atom+xml' &&
            l.attribs['href'] === '/changes.atom',
        );
      })
      .map(urlOf)
      .filter((u) => u !== '/404.html');
    assert.deepEqual(without, []);
  });
});

describe('lifecycle calendar /lifecycle.ics', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('lifecycle.ics')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  // Counted from the content itself, not through the code under test.
  const known = readdirSync(join(CONTENT, 'distros'))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const data = frontmatterOf(f, readFileSync(join(CONTENT, 'distros', f), 'utf8')) as {
        facts: Record<'firstRelease' | 'endOfLife', { value: unknown }>;
      };
      const slug = f.replace(/\.mdx$/, '');
      return (['firstRelease', 'endOfLife'] as const).flatMap((k) => {
        const v = data.facts[k].value;
        const value = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
        const uid = `${slug}-${k === 'firstRelease' ? 'first-release' : 'end-of-life'}`;
        return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? [{ uid, value }] : [];
      });
    });

  it('has exactly one event per known first-release and end-of-life date', () => {
    assert.ok(known.length > 20, `expected many known dates, found ${known.length}`);
    assert.equal(events.length, known.length);
    const uids = events.map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
  });

  it('places each event on its date (partial dates on their first day) as an all-day event', () => {
    const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    for (const { uid, value } of known) {
      const event = byUid.get(uid);
      assert.ok(event, `no event ${uid}`);
      const day = value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`;
      assert.equal(event.startDate.toString(), day, uid);
      assert.ok(event.startDate.isDate, `${uid} is not an all-day event`);
      if (value.length < 10) assert.match(event.description, /Only the (month|year) is known/);
    }
  });
});
