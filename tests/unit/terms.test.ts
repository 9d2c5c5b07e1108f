import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkTerms, termsOf } from '../../src/lib/terms.ts';

const terms = termsOf([
  {
    id: 'cgroups',
    title: 'Control groups (cgroups)',
    shortName: 'cgroups',
    aliases: ['cgroup', 'cgroup v2'],
    definition: 'Limits resources.',
  },
  { id: 'containerd', title: 'containerd', shortName: 'containerd', aliases: [], definition: 'An engine.' },
  { id: 'fleet', title: 'fleet', shortName: 'fleet', aliases: [], definition: 'Old scheduler.' },
]);
const shape = (segments: ReturnType<typeof linkTerms>) =>
  segments.map((s) => (typeof s === 'string' ? s : `[${s.text}→${s.term.conceptId}]`));

describe('glossary terms in prose', () => {
  it('links the first mention of each concept only', () => {
    const used = new Set<string>();
    assert.deepEqual(shape(linkTerms('containerd uses cgroups; containerd again.', terms, used)), [
      '[containerd→containerd]',
      ' uses ',
      '[cgroups→cgroups]',
      '; containerd again.',
    ]);
    assert.deepEqual(shape(linkTerms('later cgroups text', terms, used)), ['later cgroups text']);
  });

  it('prefers the longest name at a position and treats aliases as the same concept', () => {
    assert.deepEqual(shape(linkTerms('Mount cgroup v2, then cgroup.', terms, new Set())), [
      'Mount ',
      '[cgroup v2→cgroups]',
      ', then cgroup.',
    ]);
    assert.deepEqual(shape(linkTerms('See Control groups here.', terms, new Set())), [
      'See ',
      '[Control groups→cgroups]',
      ' here.',
    ]);
  });

  it('matches whole words only, case-sensitively', () => {
    assert.deepEqual(shape(linkTerms('containerd-shim and Containerd and cgroupsfs', terms, new Set())), [
      'containerd-shim and Containerd and cgroupsfs',
    ]);
  });

  it('leaves ordinary-English names alone ("a fleet of nodes")', () => {
    assert.deepEqual(shape(linkTerms('update a fleet of nodes', terms, new Set())), ['update a fleet of nodes']);
  });

  it("skips concepts already used (e.g. the page's own concept)", () => {
    assert.deepEqual(shape(linkTerms('cgroups here', terms, new Set(['cgroups']))), ['cgroups here']);
  });
});
