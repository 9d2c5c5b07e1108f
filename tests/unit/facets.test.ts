import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildFacets, matches, parseSelection, serializeSelection } from '../../src/lib/facets.ts';

const items = [
  { status: ['active'], platform: ['aws', 'gcp'] },
  { status: ['discontinued'], platform: ['aws'] },
  { status: ['active'], platform: ['azure'] },
];
const facets = buildFacets(
  [
    { key: 'status', label: 'Status', labelOf: (v) => v.toUpperCase() },
    { key: 'platform', label: 'Platform', labelOf: (v) => v },
  ],
  items,
);

describe('OS filters', () => {
  it('offers each value once with how many OSes have it', () => {
    assert.deepEqual(facets[1]!.options.map((o) => [o.value, o.count]), [['aws', 2], ['azure', 1], ['gcp', 1]]);
    assert.equal(facets[0]!.options[0]!.label, 'ACTIVE');
  });

  it('ORs values within a facet and ANDs across facets', () => {
    assert.equal(items.filter((i) => matches(i, { platform: ['gcp', 'azure'] })).length, 2);
    assert.equal(items.filter((i) => matches(i, { platform: ['aws'], status: ['active'] })).length, 1);
    assert.equal(items.filter((i) => matches(i, {})).length, 3);
  });

  it('round-trips a selection through the query string', () => {
    const query = serializeSelection({ status: ['active'], platform: ['aws', 'gcp'] });
    assert.equal(query, '?status=active&platform=aws,gcp');
    assert.deepEqual(parseSelection(query, facets), { selection: { status: ['active'], platform: ['aws', 'gcp'] }, errors: [] });
  });

  it('reports unknown values and filters by name', () => {
    const { selection, errors } = parseSelection('?platform=mars&size=big', facets);
    assert.deepEqual(selection, { status: [], platform: [] });
    assert.deepEqual(errors, ['Unknown platform in "?platform=": mars. Known: aws, azure, gcp.', 'Unknown filter: size. Filters are status, platform.']);
  });
});
