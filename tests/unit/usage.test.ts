import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DISTRO_ATTRIBUTES as TABLE, attributeList } from '../../src/schemas/attributes.ts';

const DISTRO_ATTRIBUTES = attributeList(TABLE);
import { conceptsUsedBy, distrosUsing } from '../../src/lib/usage.ts';
import { distro, fact, ref } from './helpers.ts';

describe('which OSes use a concept', () => {
  const crio = distro('rhcos', {
    defaultRuntime: fact([ref('concepts', 'cri-o')]),
    ociRuntime: fact([ref('concepts', 'crun'), ref('concepts', 'runc')]),
  });
  const flatcar = distro('flatcar');
  const distros = [flatcar, crio];

  it('derives users from fact values (default runtime) and names the attribute', () => {
    assert.deepEqual(
      distrosUsing('cri-o', distros, DISTRO_ATTRIBUTES).map((u) => [u.distro.id, u.via]),
      [['rhcos', ['Default container runtime']]],
    );
  });

  it('derives users from the concepts a fact lists', () => {
    assert.deepEqual(
      distrosUsing('ignition', distros, DISTRO_ATTRIBUTES).map((u) => u.distro.id),
      ['flatcar', 'rhcos'],
    );
  });

  it('lists nobody for a concept no OS mentions', () => {
    assert.deepEqual(distrosUsing('rkt', distros, DISTRO_ATTRIBUTES), []);
  });

  it('changes when the OS facts change, with nothing typed on the concept side', () => {
    const changed = distro('flatcar', { ociRuntime: fact([ref('concepts', 'crun')]) });
    assert.deepEqual(
      distrosUsing('runc', [changed, crio], DISTRO_ATTRIBUTES).map((u) => u.distro.id),
      ['rhcos'],
    );
  });

  it('gives an OS page every concept it uses once', () => {
    assert.deepEqual(conceptsUsedBy(crio), ['ab-updates', 'cri-o', 'crun', 'ignition', 'runc']);
  });
});
