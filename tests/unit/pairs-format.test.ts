import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { orderPair, pairsOf } from '../../src/lib/pairs.ts';
import { formatPartialDate, kebab, lastChecked } from '../../src/lib/format.ts';

describe('pair pages', () => {
  it('makes every unordered pair exactly once', () => {
    const pairs = pairsOf([{ id: 'talos' }, { id: 'flatcar' }, { id: 'bottlerocket' }]).map(
      ([a, b]) => `${a.id}-vs-${b.id}`,
    );
    assert.deepEqual(pairs, ['bottlerocket-vs-flatcar', 'bottlerocket-vs-talos', 'flatcar-vs-talos']);
  });

  it('links a pair to the same URL from either side', () => {
    assert.deepEqual(orderPair('talos', 'flatcar'), orderPair('flatcar', 'talos'));
    // Code-point order, not locale order: "-" sorts before letters.
    assert.deepEqual(orderPair('coreos-x', 'coreosa'), ['coreos-x', 'coreosa']);
  });
});

describe('formatting', () => {
  it('writes partial dates in words', () => {
    assert.equal(formatPartialDate('2013'), '2013');
    assert.equal(formatPartialDate('2018-03'), 'March 2018');
    assert.equal(formatPartialDate('2020-05-26'), '26 May 2020');
  });

  it('finds the newest check date', () => {
    assert.equal(lastChecked([{ checked: '2026-01-02' }, { checked: '2026-11-25' }]), '2026-11-25');
    assert.equal(lastChecked([]), undefined);
  });

  it('turns attribute ids into anchor ids', () => {
    assert.equal(kebab('updateModel'), 'update-model');
  });
});
