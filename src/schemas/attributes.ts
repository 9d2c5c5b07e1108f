/**
 * The matrices, as data: one definition per attribute, in display order. The
 * frontmatter schema of `facts` is built from these tables, so an attribute's
 * key, its value kind and its place in the matrix are written once. Adding an
 * attribute is one entry here plus the values in content/.
 */
import { z } from 'astro/zod';
import { fact, partialDate, supportLevel } from './fact.ts';
import type { RefSchemas } from './refs.ts';
import {
  ARCHITECTURE,
  CGROUP_MODE,
  COMMERCIAL_SUPPORT,
  HOST_ACCESS,
  ISOLATION,
  MAC_DEFAULT,
  PLATFORM,
  STATUS,
  UPDATE_MODEL,
  WORKLOAD_SCOPE,
  keysOf,
} from './vocab.ts';

/** What each kind of attribute accepts as its value (besides `unknown` and `not-applicable`). */
export function valueSchemas(refs: RefSchemas) {
  return {
    text: z.string().min(1),
    support: supportLevel,
    status: z.enum(keysOf(STATUS)),
    date: partialDate,
    'end-of-life': z.union([z.literal('none'), partialDate]),
    'distro-refs': z.array(refs.distro),
    'concept-refs': z.array(refs.concept).min(1),
    'update-model': z.enum(keysOf(UPDATE_MODEL)),
    platforms: z.array(z.enum(keysOf(PLATFORM))).min(1),
    architectures: z.array(z.enum(keysOf(ARCHITECTURE))).min(1),
    isolation: z.enum(keysOf(ISOLATION)),
    'cgroup-mode': z.enum(keysOf(CGROUP_MODE)),
    'workload-scope': z.enum(keysOf(WORKLOAD_SCOPE)),
    'host-access': z.enum(keysOf(HOST_ACCESS)),
    'mac-default': z.enum(keysOf(MAC_DEFAULT)),
    'commercial-support': z.enum(keysOf(COMMERCIAL_SUPPORT)),
  };
}
type ValueSchemas = ReturnType<typeof valueSchemas>;
export type ValueKind = keyof ValueSchemas;
/** A validated value of each kind. */
export type KindValue<K extends ValueKind> = z.output<ValueSchemas[K]>;

export interface AttributeDef {
  label: string;
  /** One line telling the reader what the row means. */
  description: string;
  group: string;
  kind: ValueKind;
}

type AttributeTable = Record<string, AttributeDef>;

/** Keys are the frontmatter keys under `facts`; their order is the matrix's row order. */
export const DISTRO_ATTRIBUTES = {
  maintainer: {
    label: 'Maintainer',
    description: 'Who develops and ships it today.',
    group: 'Lifecycle',
    kind: 'text',
  },
  status: {
    label: 'Status',
    description: 'Active, maintenance only, or discontinued.',
    group: 'Lifecycle',
    kind: 'status',
  },
  firstRelease: { label: 'First release', description: 'First public release.', group: 'Lifecycle', kind: 'date' },
  endOfLife: {
    label: 'End of life',
    description: 'When support ended or ends, if announced.',
    group: 'Lifecycle',
    kind: 'end-of-life',
  },
  commercialSupport: {
    label: 'Commercial support',
    description: 'Whether support for the OS itself can be bought, and from whom.',
    group: 'Lifecycle',
    kind: 'commercial-support',
  },
  successors: {
    label: 'Successors',
    description: 'Where users of a discontinued OS are pointed.',
    group: 'Lifecycle',
    kind: 'distro-refs',
  },
  base: { label: 'Lineage', description: 'What it was forked from or is built on.', group: 'Design', kind: 'text' },
  initSystem: { label: 'Init system', description: 'PID 1 on the host.', group: 'Design', kind: 'text' },
  kernel: {
    label: 'Kernel line',
    description: 'The Linux kernel series it ships, as of the date checked.',
    group: 'Design',
    kind: 'text',
  },
  packageManager: {
    label: 'Package manager',
    description: 'How software is added to the host itself.',
    group: 'Design',
    kind: 'text',
  },
  updateModel: {
    label: 'Update model',
    description: 'How a new OS version reaches the disk.',
    group: 'Updates',
    kind: 'update-model',
  },
  rollback: {
    label: 'Rollback',
    description: 'Can a bad update be undone by booting the previous version?',
    group: 'Updates',
    kind: 'support',
  },
  updateOrchestration: {
    label: 'Update orchestration',
    description: 'What coordinates updates and reboots across a fleet.',
    group: 'Updates',
    kind: 'text',
  },
  readOnlyRoot: {
    label: 'Read-only root',
    description: 'Is the OS part of the filesystem mounted read-only?',
    group: 'Security',
    kind: 'support',
  },
  integrity: {
    label: 'Verified integrity',
    description: 'Is the OS image verified block by block (dm-verity or similar)?',
    group: 'Security',
    kind: 'support',
  },
  mac: {
    label: 'Mandatory access control',
    description: 'SELinux, AppArmor or none, and its default mode.',
    group: 'Security',
    kind: 'text',
  },
  macDefault: {
    label: 'MAC enforced by default',
    description: 'The mandatory access control a fresh install enforces, in one word.',
    group: 'Security',
    kind: 'mac-default',
  },
  secureBoot: {
    label: 'Secure Boot',
    description: 'Boots with UEFI Secure Boot enabled.',
    group: 'Security',
    kind: 'support',
  },
  remoteAccess: {
    label: 'Remote access',
    description: 'How an operator reaches a running node.',
    group: 'Security',
    kind: 'text',
  },
  hostAccess: {
    label: 'Host shell',
    description: 'Whether an operator can get a shell on the host, and how.',
    group: 'Security',
    kind: 'host-access',
  },
  defaultRuntime: {
    label: 'Default container runtime',
    description: 'Engines and CRI implementations shipped and enabled by default.',
    group: 'Containers',
    kind: 'concept-refs',
  },
  ociRuntime: {
    label: 'Default OCI runtime',
    description: 'The low-level runtime those engines call.',
    group: 'Containers',
    kind: 'concept-refs',
  },
  cgroupMode: {
    label: 'cgroup mode',
    description: 'The cgroup hierarchy it boots with by default, and since when.',
    group: 'Containers',
    kind: 'cgroup-mode',
  },
  kubernetes: {
    label: 'Kubernetes role',
    description: 'How it relates to Kubernetes.',
    group: 'Containers',
    kind: 'text',
  },
  workloadScope: {
    label: 'Workloads',
    description: 'Kubernetes nodes only, or containers however they are started.',
    group: 'Containers',
    kind: 'workload-scope',
  },
  provisioning: {
    label: 'Provisioning',
    description: 'How a machine is configured on first boot.',
    group: 'Containers',
    kind: 'text',
  },
  platforms: {
    label: 'Platforms',
    description: 'Clouds, hypervisors and hardware with official images.',
    group: 'Platforms',
    kind: 'platforms',
  },
  architectures: {
    label: 'CPU architectures',
    description: 'Instruction sets with official builds.',
    group: 'Platforms',
    kind: 'architectures',
  },
  license: { label: 'License', description: 'Licence of the OS itself.', group: 'Platforms', kind: 'text' },
} as const satisfies AttributeTable;

/** The /compare/runtimes/ matrix: facts carried by engine and runtime concepts. */
export const RUNTIME_ATTRIBUTES = {
  daemon: {
    label: 'Runs as a daemon',
    description: 'A long-lived service, or a process started per container?',
    group: 'Design',
    kind: 'support',
  },
  rootless: {
    label: 'Rootless',
    description: 'Can an unprivileged user run containers with it?',
    group: 'Design',
    kind: 'support',
  },
  cri: {
    label: 'Kubernetes CRI',
    description: 'Does it implement the Container Runtime Interface?',
    group: 'Design',
    kind: 'text',
  },
  isolation: {
    label: 'Isolation model',
    description: 'What separates a container from the host kernel.',
    group: 'Design',
    kind: 'isolation',
  },
  specConformance: {
    label: 'OCI conformance',
    description: 'How it relates to the OCI specifications.',
    group: 'Standards',
    kind: 'text',
  },
  language: { label: 'Language', description: 'What it is written in.', group: 'Project', kind: 'text' },
  governance: { label: 'Governance', description: 'Who governs the project.', group: 'Project', kind: 'text' },
} as const satisfies AttributeTable;

type FactSchema<V extends z.ZodType> = ReturnType<typeof fact<V>>;
type FactsShape<T extends AttributeTable> = { [K in keyof T]: FactSchema<ValueSchemas[T[K]['kind']]> };

/** The `facts` object of a page: exactly the table's keys, each a sourced fact of its kind. */
export function factsSchema<T extends AttributeTable>(table: T, refs: RefSchemas) {
  const values = valueSchemas(refs);
  const shape: Record<string, FactSchema<z.ZodType>> = {};
  for (const [id, attribute] of Object.entries(table)) shape[id] = fact(values[attribute.kind], refs.concept);
  // Built key by key from `table`, so it has exactly the keys and kinds FactsShape<T> says.
  return z.strictObject(shape as FactsShape<T>);
}

/** An attribute with its key, as views iterate over them. */
export interface Attribute extends AttributeDef {
  id: string;
}

export const attributeList = (table: AttributeTable): Attribute[] =>
  Object.entries(table).map(([id, attribute]) => ({ id, ...attribute }));
