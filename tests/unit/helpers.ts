/**
 * Builders for hand-made entries. They write frontmatter as an author would
 * (references as slugs, dates as text) and run it through the real schemas,
 * so tests work on exactly what the build hands to src/lib.
 */
import { changeSchema } from '../../src/schemas/change.ts';
import { conceptSchema } from '../../src/schemas/concept.ts';
import { distroSchema } from '../../src/schemas/distro.ts';
import type { Change, Concept, Distro, Ref } from '../../src/schemas/entries.ts';
import { plainRefs } from '../../src/schemas/refs.ts';

type Raw = Record<string, unknown>;

/** A reference as frontmatter writes it: the target's slug. */
export const ref = (_collection: Ref['collection'], id: string) => id;

export function fact(value: unknown, extra: Raw = {}): Raw {
  return { value, sources: ['docs'], ...extra };
}

const defaults: Raw = {
  maintainer: fact('Example maintainers'),
  status: fact('active'),
  firstRelease: fact('2018-03'),
  endOfLife: fact('none'),
  commercialSupport: fact('vendor'),
  successors: fact([]),
  base: fact('Independent'),
  initSystem: fact('systemd'),
  packageManager: fact('None on the host'),
  updateModel: fact('ab-partitions', { concepts: ['ab-updates'] }),
  rollback: fact('yes'),
  updateOrchestration: fact('update_engine'),
  readOnlyRoot: fact('partial', { note: '/usr only' }),
  integrity: fact('no'),
  defaultRuntime: fact(['containerd']),
  ociRuntime: fact(['runc']),
  kubernetes: fact('Node OS'),
  workloadScope: fact('containers'),
  provisioning: fact('Ignition', { concepts: ['ignition'] }),
  remoteAccess: fact('SSH'),
  hostAccess: fact('ssh'),
  mac: fact('SELinux'),
  macDefault: fact('selinux-enforcing'),
  secureBoot: fact('unknown', { note: 'Not documented' }),
  platforms: fact(['aws', 'kvm']),
  architectures: fact(['x86_64', 'aarch64']),
  license: fact('Apache-2.0'),
  cgroupMode: fact('v2'),
  kernel: fact('6.12 LTS'),
};

const sources = {
  docs: { title: 'Docs', url: 'https://example.org/docs/', checked: '2026-11-01' },
  notes: { title: 'Release notes', url: 'https://example.org/notes/', checked: '2026-11-20' },
};

export function distro(id: string, facts: Raw = {}, data: Raw = {}): Distro {
  const frontmatter = {
    title: `${id} Linux`,
    shortName: `${id} OS`,
    summary: `${id} is a container OS made up for the unit tests of Container Atlas.`,
    homepage: 'https://example.org/',
    sources,
    facts: { ...defaults, ...facts },
    ...data,
  };
  return { id, filePath: `content/distros/${id}.mdx`, data: distroSchema(plainRefs).parse(frontmatter) };
}

export function concept(id: string, data: Raw = {}): Concept {
  const frontmatter = {
    title: `${id} concept`,
    shortName: `${id} concept`,
    layer: 'engine',
    definition: `${id} is a concept made up for the unit tests of Container Atlas.`,
    since: { value: '2015', sources: ['docs'] },
    sources,
    ...data,
  };
  return { id, filePath: `content/concepts/${id}.mdx`, data: conceptSchema(plainRefs).parse(frontmatter) };
}

/** A change-log entry; the id is its file name, as the glob loader makes it. */
export function change(id: string, date: string, data: Raw = {}): Change {
  const frontmatter = {
    date,
    kind: 'release',
    title: `${id} was released`,
    summary: `${id} is an event made up for the unit tests of Container Atlas.`,
    distros: ['a'],
    sources: [sources.notes],
    ...data,
  };
  return { id, filePath: `content/changes/${id}.yaml`, data: changeSchema(plainRefs).parse(frontmatter) };
}

export const resolve = (r: Ref) => ({ text: `${r.id}!`, href: `/${r.collection}/${r.id}/` });
