import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareSpec, knownOf, orderColumns } from '../../src/lib/compare-query.ts';
import { buildMatrix } from '../../src/lib/matrix.ts';
import { parseState, serializeState } from '../../src/lib/url-state.ts';
import { DISTRO_ATTRIBUTES, attributeList } from '../../src/schemas/attributes.ts';
import { distro, resolve } from './helpers.ts';

const matrix = buildMatrix([distro('flatcar'), distro('talos')], attributeList(DISTRO_ATTRIBUTES), resolve, (id) => id);
const spec = compareSpec(knownOf(matrix));

describe('compare view in the query string', () => {
  it('knows the matrix columns and rows, and sorts only by ordered kinds', () => {
    const known = knownOf(matrix);
    assert.deepEqual(known.os, ['flatcar', 'talos']);
    assert.ok(known.rows.includes('update-model'));
    assert.ok(known.sortable.includes('first-release') && known.sortable.includes('status'));
    assert.ok(!known.sortable.includes('maintainer') && !known.sortable.includes('platforms'));
  });

  it('round-trips a view through the URL', () => {
    const view = { os: ['talos'], rows: ['status', 'update-model'], sort: 'first-release' };
    const query = serializeState(view, spec);
    assert.equal(query, '?os=talos&rows=status,update-model&sort=first-release');
    assert.deepEqual(parseState(query, spec), { state: view, errors: [] });
  });

  it('names an unknown OS and lists the known ones', () => {
    const { errors } = parseState('?os=windows', spec);
    assert.deepEqual(errors, ['Unknown OS in “?os=”: “windows”. Known: flatcar, talos.']);
  });

  it('orders columns by the sort keys, keeping the original order without them', () => {
    assert.deepEqual(orderColumns(['a', 'b', 'c'], { a: '2020', b: '2013', c: '9999' }), ['b', 'a', 'c']);
    assert.deepEqual(orderColumns(['a', 'b'], undefined), ['a', 'b']);
  });
});
