/**
 * The questions /choose/ asks and what each answer asks of an OS's facts.
 * Data only: src/lib/choose.ts judges OSes against them.
 */
import type { DISTRO_ATTRIBUTES } from '../schemas/attributes.ts';
import { ARCHITECTURE, PLATFORM } from '../schemas/vocab.ts';

export type AttributeId = keyof typeof DISTRO_ATTRIBUTES;

export interface Answer {
  /** Its value in the URL (`?on=aws`). */
  value: string;
  label: string;
  attribute: AttributeId;
  /** The fact values that satisfy it; for list facts, the item that must be listed. */
  accepts: readonly string[];
}

export interface Question {
  /** Its parameter in the URL. */
  id: string;
  legend: string;
  /** Several answers may be chosen (all must hold), or one. */
  multiple: boolean;
  answers: Answer[];
}

/** Boxes where several answers may hold or one box says yes; radio buttons, with "no preference", otherwise. */
export const usesBoxes = (question: Question) => question.multiple || question.answers.length === 1;

const listed = (attribute: AttributeId, vocab: Record<string, string>, keys: string[]): Answer[] =>
  keys.map((key) => ({ value: key, label: vocab[key]!, attribute, accepts: [key] }));

export const QUESTIONS: Question[] = [
  {
    id: 'on',
    legend: 'Where will it run?',
    multiple: true,
    answers: [
      ...listed('platforms', PLATFORM, ['aws', 'azure', 'gcp', 'vmware', 'bare-metal', 'edge-devices']),
      { value: 'arm', label: `${ARCHITECTURE.aarch64} hardware`, attribute: 'architectures', accepts: ['aarch64'] },
    ],
  },
  {
    id: 'workloads',
    legend: 'What will it run?',
    multiple: false,
    answers: [
      {
        value: 'kubernetes',
        label: 'Kubernetes nodes only',
        attribute: 'workloadScope',
        accepts: ['kubernetes-only', 'containers'],
      },
      {
        value: 'containers',
        label: 'Containers outside Kubernetes too',
        attribute: 'workloadScope',
        accepts: ['containers'],
      },
    ],
  },
  {
    id: 'shell',
    legend: 'How will you administer nodes?',
    multiple: false,
    answers: [
      { value: 'ssh', label: 'SSH to a shell on the host', attribute: 'hostAccess', accepts: ['ssh'] },
      {
        value: 'any-shell',
        label: 'Any shell, even one inside an admin container',
        attribute: 'hostAccess',
        accepts: ['ssh', 'admin-container'],
      },
      {
        value: 'api-only',
        label: 'Through an API only, with no shell',
        attribute: 'hostAccess',
        accepts: ['api-only'],
      },
    ],
  },
  {
    id: 'mac',
    legend: 'Which mandatory access control must be on by default?',
    multiple: false,
    answers: [
      { value: 'selinux', label: 'SELinux, enforcing', attribute: 'macDefault', accepts: ['selinux-enforcing'] },
      { value: 'apparmor', label: 'AppArmor', attribute: 'macDefault', accepts: ['apparmor'] },
      {
        value: 'any',
        label: 'Either, as long as it is enforced',
        attribute: 'macDefault',
        accepts: ['selinux-enforcing', 'apparmor'],
      },
    ],
  },
  {
    id: 'update',
    legend: 'How should the OS update?',
    multiple: false,
    answers: [
      {
        value: 'image',
        label: 'As a whole image (A/B partitions, OSTree, OCI image)',
        attribute: 'updateModel',
        accepts: ['ab-partitions', 'ostree', 'container-image', 'image-replacement'],
      },
      {
        value: 'transactional',
        label: 'Transactionally, as snapshots or snaps',
        attribute: 'updateModel',
        accepts: ['transactional-snapshots', 'snaps'],
      },
      { value: 'packages', label: 'Package by package, in place', attribute: 'updateModel', accepts: ['packages'] },
    ],
  },
  {
    id: 'support',
    legend: 'Do you need to buy support?',
    multiple: false,
    answers: [
      { value: 'maintainer', label: 'Yes, from the maintainer', attribute: 'commercialSupport', accepts: ['vendor'] },
      {
        value: 'any',
        label: 'Yes, from the maintainer or a third party',
        attribute: 'commercialSupport',
        accepts: ['vendor', 'third-party'],
      },
    ],
  },
  {
    id: 'active',
    legend: 'Maintenance',
    multiple: false,
    answers: [{ value: 'yes', label: 'Only actively maintained OSes', attribute: 'status', accepts: ['active'] }],
  },
];
