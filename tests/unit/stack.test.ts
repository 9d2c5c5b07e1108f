import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStack, osStack, stackSummary } from '../../src/lib/stack.ts';
import { LAYER } from '../../src/schemas/vocab.ts';
import { concept, distro, fact, ref } from './helpers.ts';

const concepts = [
  concept('kubernetes', { layer: 'orchestration' }),
  concept('rkt', { layer: 'runtime', historical: true, shortName: 'rkt' }),
  concept('runc', { layer: 'runtime', shortName: 'runc' }),
  concept('crun', { layer: 'runtime', shortName: 'crun' }),
  concept('cgroups', { layer: 'kernel' }),
  concept('dm-verity', { layer: 'os' }),
];

describe('the stack diagram', () => {
  const { layers, beside } = buildStack(concepts);

  it('stacks every layer but OS mechanisms top to bottom, in the one layer list', () => {
    assert.deepEqual(
      layers.map((l) => l.id),
      Object.keys(LAYER).filter((id) => id !== 'os'),
    );
    assert.equal(layers[0]!.label, LAYER.orchestration.label);
    assert.equal(beside.id, 'os');
    assert.deepEqual(
      beside.concepts.map((c) => c.id),
      ['dm-verity'],
    );
  });

  it('lists current concepts before historical ones, by name', () => {
    const runtimes = layers.find((l) => l.id === 'runtime')!;
    assert.deepEqual(
      runtimes.concepts.map((c) => c.id),
      ['crun', 'runc', 'rkt'],
    );
  });
});

describe('the stack an OS ships', () => {
  const rhcos = distro('rhcos', {
    defaultRuntime: fact([ref('concepts', 'cri-o')]),
    ociRuntime: fact([ref('concepts', 'crun'), ref('concepts', 'runc')]),
  });
  const none = distro('core', {
    defaultRuntime: fact('not-applicable', { note: 'No engine' }),
    ociRuntime: fact('not-applicable', { note: 'No engine' }),
  });
  const name = (id: string) => id.toUpperCase();

  it('comes from its default-runtime facts', () => {
    const s = osStack(rhcos);
    assert.deepEqual([s.engines, s.ociRuntimes], [['cri-o'], ['crun', 'runc']]);
    assert.ok(s.concepts.includes('cri-o') && s.concepts.includes('ignition'));
    assert.equal(stackSummary(s, name), 'rhcos OS ships CRI-O with CRUN or RUNC.');
  });

  it('says so when an OS ships no engine', () => {
    assert.equal(stackSummary(osStack(none), name), 'core OS ships no container engine by default.');
  });
});
