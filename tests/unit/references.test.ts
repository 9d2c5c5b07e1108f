import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDangling, findDanglingReferences } from '../../src/lib/references.ts';
import { concept, distro, fact, ref } from './helpers.ts';

describe('findDanglingReferences', () => {
  const concepts = ['ab-updates', 'containerd', 'runc', 'ignition'].map((id) => concept(id));

  it('accepts content whose references all exist', () => {
    assert.deepEqual(
      findDanglingReferences([distro('a'), distro('b', { successors: fact([ref('distros', 'a')]) })], concepts),
      [],
    );
  });

  it('names the file, the field path and the missing target', () => {
    const found = findDanglingReferences([distro('a', { successors: fact([ref('distros', 'nope')]) })], concepts);
    assert.equal(found.length, 1);
    assert.equal(
      describeDangling(found[0]!),
      'content/distros/a.mdx: facts.successors.value[0] refers to OS "nope", but content/distros/nope.mdx does not exist',
    );
  });

  it('finds references in concept relations too', () => {
    const found = findDanglingReferences([], [...concepts, concept('x', { related: [ref('concepts', 'ghost')] })]);
    assert.deepEqual(
      found.map((d) => d.field),
      ['related[0]'],
    );
  });
});
