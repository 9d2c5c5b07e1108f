import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../src/lib/edit-distance.ts';

describe('edit distance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('is zero for equal words', () => {
    assert.equal(editDistance('talos', 'talos', 2), 0);
    assert.equal(editDistance('', '', 0), 0);
  });

  it('counts a missing, extra or wrong letter as one', () => {
    assert.equal(editDistance('flatcr', 'flatcar', 2), 1);
    assert.equal(editDistance('botlerocket', 'bottlerocket', 2), 1);
    assert.equal(editDistance('cgroupz', 'cgroups', 2), 1);
    assert.equal(editDistance('kubernetess', 'kubernetes', 2), 1);
  });

  it('counts two neighbouring letters swapped as one', () => {
    assert.equal(editDistance('talso', 'talos', 2), 1);
    assert.equal(editDistance('contianerd', 'containerd', 2), 1);
  });

  it('adds up separate typos', () => {
    assert.equal(editDistance('kubrnets', 'kubernetes', 3), 2);
    assert.equal(editDistance('flatkr', 'flatcar', 3), 2);
    assert.equal(editDistance('abc', 'xyz', 5), 3);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['namespce', 'namespace'],
      ['crio', 'cri-o'],
      ['bootc', 'bootcd'],
    ] as const)
      assert.equal(editDistance(a, b, 5), editDistance(b, a, 5));
  });

  it('answers max + 1 once the words are further apart than max', () => {
    assert.equal(editDistance('flatcar', 'bottlerocket', 2), 3);
    assert.equal(editDistance('kubrnets', 'kubernetes', 1), 2);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
    assert.equal(editDistance('abc', 'xyz', 0), 1);
  });
});
