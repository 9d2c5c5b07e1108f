/**
 * "Which OS fits me?" (/choose/): the questions, what each answer asks of an
 * OS's facts, and how a set of answers sorts the OSes into those that fit,
 * those that might (a needed fact is unknown) and those ruled out.
 *
 * Every chosen answer must hold. Each answer tests one structured fact, so
 * every verdict can name the fact behind it and link to where it is cited.
 */
import { DISTRO_ATTRIBUTES } from '../schemas/attributes.ts';
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { ARCHITECTURE, PLATFORM } from '../schemas/vocab.ts';
import { kebab } from './format.ts';
import { presentValue, type ValueView } from './present.ts';
import { routes } from './routes.ts';
import { one, list, type StateOf } from './url-state.ts';

type AttributeId = keyof typeof DISTRO_ATTRIBUTES;

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

/** The URL parameters of /choose/, for url-state's parser and writer. */
export const chooseSpec = Object.fromEntries(
  QUESTIONS.map((q) => {
    const values = q.answers.map((a) => a.value);
    return [q.id, q.multiple ? list('place', values) : one('answer', values)];
  }),
);
export type Answers = StateOf<typeof chooseSpec>;

/** One answer's stable key, `on-aws`: the id of its checkbox and the token cards carry. */
export const answerKey = (question: Question, answer: Answer) => `${question.id}-${answer.value}`;

export type Verdict = 'fits' | 'misses' | 'unknown';

export interface Reason {
  key: string;
  question: string;
  answer: string;
  verdict: Verdict;
  /** The fact behind the verdict, as the OS page shows it. */
  attribute: string;
  value: string;
  /** The fact is `unknown` or `not-applicable`; its note says why. */
  placeholder: boolean;
  note: string | undefined;
  /** The fact's row on the OS page, with its sources. */
  href: string;
}

const noResolve = () => ({ text: '', href: '' });

/** How one OS answers one answer, and the fact that says so. */
export function judge(distro: Distro, question: Question, answer: Answer): Reason {
  const attribute = DISTRO_ATTRIBUTES[answer.attribute];
  const fact = distro.data.facts[answer.attribute];
  const value = fact.value as unknown;
  const show = (v: unknown) => presentValue(attribute.kind, v, noResolve).text;
  let verdict: Verdict;
  let shown = show(value);
  if (value === 'unknown') verdict = 'unknown';
  else if (Array.isArray(value)) {
    // A list fact (platforms) is judged by one item: name that item, not the whole list.
    const found = answer.accepts.filter((a) => value.includes(a));
    verdict = found.length ? 'fits' : 'misses';
    shown = found.length ? show(found) : `${show(answer.accepts)} not listed`;
  } else verdict = answer.accepts.includes(String(value)) ? 'fits' : 'misses';
  return {
    key: answerKey(question, answer),
    question: question.legend,
    answer: answer.label,
    verdict,
    attribute: attribute.label,
    value: shown,
    placeholder: isPlaceholder(value),
    note: fact.note,
    href: `${routes.distro(distro.id)}#fact-${kebab(answer.attribute)}`,
  };
}

/** Every answer judged for one OS: what the page needs to follow any answers without a round trip. */
export const allVerdicts = (distro: Distro): Reason[] =>
  QUESTIONS.flatMap((question) => question.answers.map((answer) => judge(distro, question, answer)));

/** Every answer the state chose, with its question. */
export function chosen(answers: Answers): { question: Question; answer: Answer }[] {
  return QUESTIONS.flatMap((question) => {
    const picked = answers[question.id];
    const values = Array.isArray(picked) ? picked : picked ? [picked] : [];
    return question.answers.filter((a) => values.includes(a.value)).map((answer) => ({ question, answer }));
  });
}

export interface Outcome {
  distro: Distro;
  /** For an OS that fits or might: every chosen answer; for one ruled out: the answers it misses. */
  reasons: Reason[];
}

export interface Narrowed {
  fits: Outcome[];
  /** Nothing rules these out, but a fact some answer needs is unknown. */
  unconfirmed: Outcome[];
  excluded: Outcome[];
}

export function narrow(distros: Distro[], answers: Answers): Narrowed {
  const picked = chosen(answers);
  const result: Narrowed = { fits: [], unconfirmed: [], excluded: [] };
  for (const distro of distros) {
    const reasons = picked.map(({ question, answer }) => judge(distro, question, answer));
    const misses = reasons.filter((r) => r.verdict === 'misses');
    if (misses.length) result.excluded.push({ distro, reasons: misses });
    else if (reasons.some((r) => r.verdict === 'unknown')) result.unconfirmed.push({ distro, reasons });
    else result.fits.push({ distro, reasons });
  }
  return result;
}

/** What /choose/ draws for one OS: every verdict, sorted into those it shows when an OS stays and when it goes. */
export interface ChoiceCard {
  id: string;
  name: string;
  href: string;
  summary: string;
  status: ValueView;
  /** Answer keys that rule this OS out, and those its facts cannot confirm. */
  miss: string[];
  unknown: string[];
  kept: Reason[];
  ruledOut: Reason[];
}

export function choiceCard(distro: Distro): ChoiceCard {
  const verdicts = allVerdicts(distro);
  const keys = (v: Verdict) => verdicts.filter((r) => r.verdict === v).map((r) => r.key);
  return {
    id: distro.id,
    name: distro.data.shortName,
    href: routes.distro(distro.id),
    summary: distro.data.summary,
    status: presentValue('status', distro.data.facts.status.value, noResolve),
    miss: keys('misses'),
    unknown: keys('unknown'),
    kept: verdicts.filter((r) => r.verdict !== 'misses'),
    ruledOut: verdicts.filter((r) => r.verdict === 'misses'),
  };
}
