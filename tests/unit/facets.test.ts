import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildFacets, facetSpec, matches } from '../../src/lib/facets.ts';
import { parseState, serializeState } from '../../src/lib/url-state.ts';

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
    assert.deepEqual(
      facets[1]!.options.map((o) => [o.value, o.count]),
      [
        ['aws', 2],
        ['azure', 1],
        ['gcp', 1],
      ],
    );
    assert.equal(facets[0]!.options[0]!.label, 'ACTIVE');
  });

  it('ORs values within a facet and ANDs across facets', () => {
    assert.equal(items.filter((i) => matches(i, { platform: ['gcp', 'azure'] })).length, 2);
    assert.equal(items.filter((i) => matches(i, { platform: ['aws'], status: ['active'] })).length, 1);
    assert.equal(items.filter((i) => matches(i, {})).length, 3);
  });

  it('round-trips a selection through the query string', () => {
    const spec = facetSpec(facets);
    const query = serializeState({ status: ['active'], platform: ['gcp', 'aws'] }, spec);
    assert.equal(query, '?status=active&platform=aws,gcp');
    assert.deepEqual(parseState(query, spec), { state: { status: ['active'], platform: ['aws', 'gcp'] }, errors: [] });
  });

  it('reports unknown values and filters by name', () => {
    const { state, errors } = parseState('?platform=mars&size=big', facetSpec(facets));
    assert.deepEqual(state, { status: [], platform: [] });
    assert.deepEqual(errors, [
      'Unknown platform in “?platform=”: “mars”. Known: aws, azure, gcp.',
      'Unknown parameter: “size”. This page reads status, platform.',
    ]);
  });
});
