/**
 * Closed vocabularies used by the schemas and shown to readers. Each key is
 * what authors write in frontmatter; each value is the label readers see.
 * Adding a term here is all it takes for schemas, filters and matrices to accept it.
 */
export const STATUS = {
  active: 'Active',
  maintenance: 'Maintenance only',
  discontinued: 'Discontinued',
} as const;

export const UPDATE_MODEL = {
  'ab-partitions': 'A/B partition image',
  ostree: 'OSTree image (rpm-ostree / bootc)',
  'container-image': 'OCI image, A/B',
  'transactional-snapshots': 'Transactional Btrfs snapshots',
  snaps: 'Snap packages',
  packages: 'In-place packages',
  'image-replacement': 'Pull a new image',
} as const;

export const PLATFORM = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  'oracle-cloud': 'Oracle Cloud',
  'alibaba-cloud': 'Alibaba Cloud',
  'ibm-cloud': 'IBM Cloud',
  digitalocean: 'DigitalOcean',
  hetzner: 'Hetzner',
  'equinix-metal': 'Equinix Metal',
  openstack: 'OpenStack',
  vmware: 'VMware vSphere',
  'hyper-v': 'Hyper-V',
  kvm: 'KVM / QEMU',
  'bare-metal': 'Bare metal',
  'edge-devices': 'Edge and IoT devices',
  containers: 'Inside containers',
} as const;

export const ARCHITECTURE = {
  x86_64: 'x86-64',
  aarch64: 'Arm64',
  armv7: 'Arm 32-bit',
  ppc64le: 'POWER (ppc64le)',
  s390x: 'IBM Z (s390x)',
  riscv64: 'RISC-V 64',
} as const;

/** The cgroup hierarchy a host boots with by default. */
export const CGROUP_MODE = {
  v2: 'cgroup v2 (unified)',
  hybrid: 'Hybrid (v1 and v2)',
  v1: 'cgroup v1 (legacy)',
} as const;

/** What a host runs: Kubernetes nodes only, or containers however they are started. */
export const WORKLOAD_SCOPE = {
  'kubernetes-only': 'Kubernetes nodes only',
  containers: 'Containers, not only Kubernetes',
} as const;

/** How an operator gets at a running node. */
export const HOST_ACCESS = {
  ssh: 'SSH to a host shell',
  'admin-container': 'Shell only in an admin container',
  'api-only': 'API only, no shell',
} as const;

/** The mandatory access control a fresh install enforces. */
export const MAC_DEFAULT = {
  'selinux-enforcing': 'SELinux, enforcing',
  'selinux-permissive': 'SELinux, permissive',
  apparmor: 'AppArmor',
  none: 'None',
} as const;

/** Who sells support for the OS itself. */
export const COMMERCIAL_SUPPORT = {
  vendor: 'From the maintainer',
  'third-party': 'From third parties only',
  none: 'None (community only)',
} as const;

export const SUPPORT = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  unknown: 'Unknown',
  'not-applicable': 'Not applicable',
} as const;

/**
 * Layers of the container stack, top (closest to the user) to bottom, as
 * /stack/ draws them; `os` (how the host itself boots and updates) stands
 * beside the stack rather than in it. The one list of layers: concept pages,
 * /concepts/, the home page and /stack/ all read it.
 */
export const LAYER = {
  orchestration: {
    label: 'Orchestration',
    role: 'schedules containers across machines and asks each node for them',
  },
  engine: {
    label: 'Engines and tools',
    role: 'pull images, manage container lifecycles, serve CLIs and the CRI',
  },
  standard: {
    label: 'Interfaces and specifications',
    role: 'the contracts between the layers: CRI, CNI, CSI and the OCI specs',
  },
  runtime: {
    label: 'OCI runtimes and sandboxes',
    role: 'turn an OCI bundle into a running, isolated process',
  },
  kernel: {
    label: 'Linux kernel primitives',
    role: 'the isolation and resource controls everything above relies on',
  },
  os: {
    label: 'OS mechanisms',
    role: 'how a container OS itself boots, updates and protects what runs the stack',
  },
} as const;
export type Layer = keyof typeof LAYER;

export const ISOLATION = {
  namespaces: 'Kernel namespaces and cgroups',
  'user-space-kernel': 'User-space kernel',
  'virtual-machine': 'Lightweight virtual machine',
} as const;

export const keysOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** What kind of event an entry of the change log (content/changes/) records. */
export const CHANGE_KIND = {
  release: 'Release',
  'end-of-life': 'End of life',
  'default-changed': 'Default changed',
  'feature-added': 'Feature added',
  removed: 'Feature removed',
  announcement: 'Announcement',
  'added-to-atlas': 'Added to the atlas',
  'fact-corrected': 'Fact corrected',
} as const;
