import { describe, it } from 'node:test';
import { en } from '../../src/i18n/messages/en.ts';
import assert from 'node:assert/strict';
import { agree, compareSpec, knownOf, orderColumns, viewSpec } from '../../src/lib/compare-query.ts';
import { buildMatrix, rowsThatDiffer } from '../../src/lib/matrix.ts';
import { parseState, serializeState } from '../../src/lib/url-state.ts';
import { DISTRO_ATTRIBUTES, attributeList } from '../../src/schemas/attributes.ts';
import { distro, fact, ref, resolve } from './helpers.ts';

const matrix = buildMatrix([distro('flatcar'), distro('talos')], attributeList(DISTRO_ATTRIBUTES), resolve, (id) => id);
const spec = compareSpec(knownOf(matrix), en.compare.client);

describe('compare view in the query string', () => {
  it('knows the matrix columns and rows, and sorts only by ordered kinds', () => {
    const known = knownOf(matrix);
    assert.deepEqual(known.os, ['flatcar', 'talos']);
    assert.ok(known.rows.includes('update-model'));
    assert.ok(known.sortable.includes('first-release') && known.sortable.includes('status'));
    assert.ok(!known.sortable.includes('maintainer') && !known.sortable.includes('platforms'));
  });

  it('round-trips a view through the URL', () => {
    const view = { os: ['talos'], rows: ['status', 'update-model'], sort: 'first-release', diff: '1', notes: '' };
    const query = serializeState(view, spec);
    assert.equal(query, '?os=talos&rows=status,update-model&sort=first-release&diff=1');
    assert.deepEqual(parseState(query, spec), { state: view, errors: [] });
  });

  it('names an unknown OS and lists the known ones', () => {
    const { errors } = parseState('?os=windows', spec);
    assert.deepEqual(errors, ['Unknown OS in “?os=”: “windows”. Known: flatcar, talos.']);
  });

  it('reads the pair-page settings alone, and rejects anything but 1 for a switch', () => {
    assert.deepEqual(parseState('?diff=1&notes=1', viewSpec(en.compare.client)), {
      state: { diff: '1', notes: '1' },
      errors: [],
    });
    const { state, errors } = parseState('?diff=yes', viewSpec(en.compare.client));
    assert.equal(state.diff, '');
    assert.match(errors[0]!, /Unknown "differences only" setting in “\?diff=”: “yes”\. Known: 1\./);
  });

  it('calls a row equal only when every shown value has the same sort key', () => {
    assert.equal(agree(['2018-03', '2018-03']), true);
    assert.equal(agree(['yes', 'no']), false);
    assert.equal(agree(['containerd']), true);
  });

  it('finds the rows where two OSes differ', () => {
    const rhcos = distro('rhcos', { defaultRuntime: fact([ref('concepts', 'cri-o')]) });
    const pair = buildMatrix([distro('flatcar'), rhcos], attributeList(DISTRO_ATTRIBUTES), resolve, (id) => id);
    assert.deepEqual(
      rowsThatDiffer(pair).map((r) => r.id),
      ['default-runtime'],
    );
  });

  it('orders columns by the sort keys, keeping the original order without them', () => {
    assert.deepEqual(orderColumns(['a', 'b', 'c'], { a: '2020', b: '2013', c: '9999' }), ['b', 'a', 'c']);
    assert.deepEqual(orderColumns(['a', 'b'], undefined), ['a', 'b']);
  });
});
