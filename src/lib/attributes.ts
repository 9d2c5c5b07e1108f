/**
 * The OS matrix, as data: one definition per attribute, in display order.
 * Adding an attribute is one entry here plus the field in src/schemas/distro.ts.
 */
export type ValueKind =
  | 'text'
  | 'support'
  | 'status'
  | 'date'
  | 'end-of-life'
  | 'distro-refs'
  | 'concept-refs'
  | 'update-model'
  | 'platforms'
  | 'architectures'
  | 'isolation';

export interface AttributeDef {
  /** The frontmatter key under `facts`. */
  id: string;
  label: string;
  /** One line telling the reader what the row means. */
  description: string;
  group: string;
  kind: ValueKind;
}

export const DISTRO_ATTRIBUTES: AttributeDef[] = [
  { id: 'maintainer', label: 'Maintainer', description: 'Who develops and ships it today.', group: 'Lifecycle', kind: 'text' },
  { id: 'status', label: 'Status', description: 'Active, maintenance only, or discontinued.', group: 'Lifecycle', kind: 'status' },
  { id: 'firstRelease', label: 'First release', description: 'First public release.', group: 'Lifecycle', kind: 'date' },
  { id: 'endOfLife', label: 'End of life', description: 'When support ended or ends, if announced.', group: 'Lifecycle', kind: 'end-of-life' },
  { id: 'successors', label: 'Successors', description: 'Where users of a discontinued OS are pointed.', group: 'Lifecycle', kind: 'distro-refs' },
  { id: 'base', label: 'Lineage', description: 'What it was forked from or is built on.', group: 'Design', kind: 'text' },
  { id: 'initSystem', label: 'Init system', description: 'PID 1 on the host.', group: 'Design', kind: 'text' },
  { id: 'packageManager', label: 'Package manager', description: 'How software is added to the host itself.', group: 'Design', kind: 'text' },
  { id: 'updateModel', label: 'Update model', description: 'How a new OS version reaches the disk.', group: 'Updates', kind: 'update-model' },
  { id: 'rollback', label: 'Rollback', description: 'Can a bad update be undone by booting the previous version?', group: 'Updates', kind: 'support' },
  { id: 'updateOrchestration', label: 'Update orchestration', description: 'What coordinates updates and reboots across a fleet.', group: 'Updates', kind: 'text' },
  { id: 'readOnlyRoot', label: 'Read-only root', description: 'Is the OS part of the filesystem mounted read-only?', group: 'Security', kind: 'support' },
  { id: 'integrity', label: 'Verified integrity', description: 'Is the OS image verified block by block (dm-verity or similar)?', group: 'Security', kind: 'support' },
  { id: 'mac', label: 'Mandatory access control', description: 'SELinux, AppArmor or none, and its default mode.', group: 'Security', kind: 'text' },
  { id: 'secureBoot', label: 'Secure Boot', description: 'Boots with UEFI Secure Boot enabled.', group: 'Security', kind: 'support' },
  { id: 'remoteAccess', label: 'Remote access', description: 'How an operator reaches a running node.', group: 'Security', kind: 'text' },
  { id: 'defaultRuntime', label: 'Default container runtime', description: 'Engines and CRI implementations shipped and enabled by default.', group: 'Containers', kind: 'concept-refs' },
  { id: 'ociRuntime', label: 'Default OCI runtime', description: 'The low-level runtime those engines call.', group: 'Containers', kind: 'concept-refs' },
  { id: 'kubernetes', label: 'Kubernetes role', description: 'How it relates to Kubernetes.', group: 'Containers', kind: 'text' },
  { id: 'provisioning', label: 'Provisioning', description: 'How a machine is configured on first boot.', group: 'Containers', kind: 'text' },
  { id: 'platforms', label: 'Platforms', description: 'Clouds, hypervisors and hardware with official images.', group: 'Platforms', kind: 'platforms' },
  { id: 'architectures', label: 'CPU architectures', description: 'Instruction sets with official builds.', group: 'Platforms', kind: 'architectures' },
  { id: 'license', label: 'License', description: 'Licence of the OS itself.', group: 'Platforms', kind: 'text' },
];

/** The /compare/runtimes/ matrix: facts carried by engine and runtime concepts. */
export const RUNTIME_ATTRIBUTES: AttributeDef[] = [
  { id: 'daemon', label: 'Runs as a daemon', description: 'A long-lived service, or a process started per container?', group: 'Design', kind: 'support' },
  { id: 'rootless', label: 'Rootless', description: 'Can an unprivileged user run containers with it?', group: 'Design', kind: 'support' },
  { id: 'cri', label: 'Kubernetes CRI', description: 'Does it implement the Container Runtime Interface?', group: 'Design', kind: 'text' },
  { id: 'isolation', label: 'Isolation model', description: 'What separates a container from the host kernel.', group: 'Design', kind: 'isolation' },
  { id: 'specConformance', label: 'OCI conformance', description: 'How it relates to the OCI specifications.', group: 'Standards', kind: 'text' },
  { id: 'language', label: 'Language', description: 'What it is written in.', group: 'Project', kind: 'text' },
  { id: 'governance', label: 'Governance', description: 'Who governs the project.', group: 'Project', kind: 'text' },
];
