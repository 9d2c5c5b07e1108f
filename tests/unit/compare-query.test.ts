import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { orderColumns, parseCompareQuery, serializeCompareQuery } from '../../src/lib/compare-query.ts';

const known = { os: ['flatcar', 'talos', 'bottlerocket'], rows: ['status', 'first-release', 'update-model'] };

describe('compare view in the query string', () => {
  it('round-trips a view through the URL', () => {
    const view = { os: ['talos', 'flatcar'], rows: ['status'], sort: 'first-release' };
    const query = serializeCompareQuery(view);
    assert.equal(query, '?os=talos,flatcar&rows=status&sort=first-release');
    assert.deepEqual(parseCompareQuery(query, known), { view, errors: [] });
  });

  it('shows everything for an empty query', () => {
    assert.deepEqual(parseCompareQuery('', known), { view: { os: [], rows: [], sort: '' }, errors: [] });
    assert.equal(serializeCompareQuery({ os: [], rows: [], sort: '' }), '');
  });

  it('keeps the known values and names the unknown ones with what is valid', () => {
    const { view, errors } = parseCompareQuery('?os=flatcar,windows&sort=speed&colour=red', known);
    assert.deepEqual(view.os, ['flatcar']);
    assert.equal(view.sort, '');
    assert.match(errors[0]!, /Unknown OS in "\?os=": windows\. Known: flatcar, talos, bottlerocket\./);
    assert.match(errors[1]!, /Unknown attribute in "\?sort=": speed/);
    assert.match(errors[2]!, /Unknown parameter: colour/);
  });

  it('accepts repeated and upper-case parameters', () => {
    assert.deepEqual(parseCompareQuery('?os=Talos&os=flatcar', known).view.os, ['talos', 'flatcar']);
  });

  it('orders columns by the sort keys, keeping the original order without them', () => {
    assert.deepEqual(orderColumns(['a', 'b', 'c'], { a: '2020', b: '2013', c: '9999' }), ['b', 'a', 'c']);
    assert.deepEqual(orderColumns(['a', 'b'], undefined), ['a', 'b']);
  });
});
