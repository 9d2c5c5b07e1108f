import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { list, one, parseState, serializeState, showable, text, toggle } from '../../src/lib/url-state.ts';

const spec = {
  os: list('OS', ['bottlerocket', 'flatcar', 'talos']),
  sort: one('attribute', ['status', 'first-release']),
  q: text('search text', 20),
};
const roundTrip = (query: string) => serializeState(parseState(query, spec).state, spec);

describe('URL state', () => {
  it('parses a query into a state and writes it back canonically', () => {
    const { state, errors } = parseState('?os=talos,flatcar&sort=status&q=sysext', spec);
    assert.deepEqual(state, { os: ['flatcar', 'talos'], sort: 'status', q: 'sysext' });
    assert.deepEqual(errors, []);
    assert.equal(serializeState(state, spec), '?os=flatcar,talos&sort=status&q=sysext');
  });

  it('gives equal views equal URLs whatever the order, case, repetition or spacing', () => {
    const canonical = '?os=bottlerocket,talos&sort=first-release';
    for (const query of [
      '?sort=first-release&os=talos,bottlerocket',
      '?os=TALOS&os=bottlerocket&sort=First-Release',
      '?os=talos,,talos, bottlerocket&sort=first-release',
      'os=bottlerocket,talos&sort=first-release',
    ]) {
      assert.equal(roundTrip(query), canonical, query);
    }
  });

  it('is stable: serializing a parsed canonical URL gives the same URL', () => {
    for (const query of ['', '?os=flatcar', '?q=a%20b%26c', '?os=bottlerocket,flatcar,talos&sort=status&q=x']) {
      const once = roundTrip(query);
      assert.equal(roundTrip(once), once);
    }
  });

  it('writes nothing for the default view', () => {
    assert.equal(serializeState({ os: [], sort: '', q: '' }, spec), '');
    assert.deepEqual(parseState('', spec).state, { os: [], sort: '', q: '' });
  });

  it('keeps what is valid and names each bad value with the valid ones', () => {
    const { state, errors } = parseState('?os=flatcar,windows,beos&sort=speed&colour=red', spec);
    assert.deepEqual(state, { os: ['flatcar'], sort: '', q: '' });
    assert.deepEqual(errors, [
      'Unknown OSs in “?os=”: “windows”, “beos”. Known: bottlerocket, flatcar, talos.',
      'Unknown attribute in “?sort=”: “speed”. Known: status, first-release.',
      'Unknown parameter: “colour”. This page reads os, sort, q.',
    ]);
  });

  it('takes one value where one is allowed, and says so', () => {
    const { state, errors } = parseState('?sort=status&sort=first-release', spec);
    assert.equal(state.sort, 'status');
    assert.match(errors[0]!, /takes one attribute/);
  });

  it('cuts text that is too long, with a message, and shortens quoted junk', () => {
    const { state, errors } = parseState(`?q=${'x'.repeat(10_000)}&os=${'y'.repeat(500)}`, spec);
    assert.equal(state.q.length, 20);
    assert.ok(errors.some((e) => /10000 characters long; only the first 20 are used/.test(e)));
    assert.ok(
      errors.every((e) => e.length < 200),
      'a hostile value is not echoed in full',
    );
  });

  it('survives malformed percent-encoding and markup as plain values', () => {
    assert.doesNotThrow(() => parseState('?q=%E0%A4%A&os=%', spec));
    const { state, errors } = parseState('?os=<script>alert(1)</script>', spec);
    assert.deepEqual(state.os, []);
    assert.match(errors[0]!, /Unknown OS in “\?os=”: “<script>alert\(1\)<\/script>”/);
  });

  it('names invisible and direction-changing characters in a bad value instead of applying them', () => {
    const named = (query: string) => parseState(query, spec).errors[0]!;
    assert.match(named('?os=%E2%80%AEsolat'), /“\[U\+202E\]solat”\. Known:/);
    assert.match(named('?os=flatcar%E2%80%8D'), /“flatcar\[U\+200D\]”/);
    assert.match(named('?os=%00talos'), /“\[U\+0000\]talos”/);
    // Emoji, combining marks and other visible characters are shown as they are.
    assert.ok(named('?os=talos%F0%9F%9A%80e%CC%81').includes('“talos🚀e\u0301”'));
  });

  it('cuts a quoted value between whole characters, never inside an emoji', () => {
    const error = parseState(`?os=${'🚀'.repeat(50)}`, spec).errors[0]!;
    assert.ok(error.includes(`“${'🚀'.repeat(40)}…”`), error);
  });

  it('makes search text safe to show in a sentence: bidi controls and control characters are named', () => {
    assert.equal(showable('abc\u202Edef\u0007'), 'abc[U+202E]def[U+0007]');
    assert.equal(showable('👩\u200D💻 é'), '👩\u200D💻 é');
  });
});

describe('toggle', () => {
  const all = ['a', 'b', 'c'];
  it('adds and removes a value', () => {
    assert.deepEqual(toggle(['a'], 'b', true), ['a', 'b']);
    assert.deepEqual(toggle(['a', 'b'], 'a', false), ['b']);
  });
  it('treats empty as "all" when told, and collapses back to empty', () => {
    assert.deepEqual(toggle([], 'b', false, all), ['a', 'c']);
    assert.deepEqual(toggle(['a', 'c'], 'b', true, all), []);
  });
});
