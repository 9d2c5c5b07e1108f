/** Builders for hand-made entries, shaped like validated collection data. */
import type { Concept, Distro, Fact, Ref } from '../../src/lib/types.ts';
import { DISTRO_ATTRIBUTES } from '../../src/lib/attributes.ts';

export const ref = (collection: 'distros' | 'concepts', id: string): Ref => ({ collection, id });

export function fact<V>(value: V, extra: Partial<Fact<V>> = {}): Fact<V> {
  return { value, sources: ['docs'], concepts: [], ...extra };
}

const defaults: Record<string, Fact> = {
  maintainer: fact('Example maintainers'),
  status: fact('active'),
  firstRelease: fact('2018-03'),
  endOfLife: fact('none'),
  successors: fact([]),
  base: fact('Independent'),
  initSystem: fact('systemd'),
  packageManager: fact('None on the host'),
  updateModel: fact('ab-partitions', { concepts: [ref('concepts', 'ab-updates')] }),
  rollback: fact('yes'),
  updateOrchestration: fact('update_engine'),
  readOnlyRoot: fact('partial', { note: '/usr only' }),
  integrity: fact('no'),
  defaultRuntime: fact([ref('concepts', 'containerd')]),
  ociRuntime: fact([ref('concepts', 'runc')]),
  kubernetes: fact('Node OS'),
  provisioning: fact('Ignition', { concepts: [ref('concepts', 'ignition')] }),
  remoteAccess: fact('SSH'),
  mac: fact('SELinux'),
  secureBoot: fact('unknown', { note: 'Not documented' }),
  platforms: fact(['aws', 'kvm']),
  architectures: fact(['x86_64', 'aarch64']),
  license: fact('Apache-2.0'),
};

export function distro(id: string, overrides: Record<string, Fact> = {}, data: Partial<Distro['data']> = {}): Distro {
  if (!DISTRO_ATTRIBUTES.every((a) => a.id in defaults)) throw new Error('helpers.ts defaults miss an attribute');
  return {
    id,
    filePath: `content/distros/${id}.mdx`,
    data: {
      title: `${id} Linux`,
      shortName: id,
      summary: `${id} summary`,
      homepage: 'https://example.org/',
      aliases: [],
      baseline: false,
      redirectFrom: [],
      sources: {
        docs: { title: 'Docs', url: 'https://example.org/docs/', checked: '2026-11-01' },
        notes: { title: 'Release notes', url: 'https://example.org/notes/', checked: '2026-11-20' },
      },
      facts: { ...defaults, ...overrides },
      ...data,
    },
  };
}

export function concept(id: string, data: Partial<Concept['data']> = {}): Concept {
  return {
    id,
    filePath: `content/concepts/${id}.mdx`,
    data: {
      title: id,
      shortName: id,
      layer: 'engine',
      definition: `${id} definition`,
      aliases: [],
      related: [],
      since: { value: '2015', sources: ['docs'] },
      historical: false,
      redirectFrom: [],
      sources: { docs: { title: 'Docs', url: 'https://example.org/', checked: '2026-11-25' } },
      ...data,
    },
  };
}

export const resolve = (r: Ref) => ({ text: `${r.id}!`, href: `/${r.collection}/${r.id}/` });
