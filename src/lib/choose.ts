/**
 * "Which OS fits me?" (/choose/): how a set of answers (the questions are in
 * ./choose-questions.ts) sorts the OSes into those that fit, those that might
 * (a needed fact is unknown) and those ruled out.
 *
 * Every chosen answer must hold. Each answer tests one structured fact, so
 * every verdict can name the fact behind it and link to where it is cited.
 */
import { DISTRO_ATTRIBUTES } from '../schemas/attributes.ts';
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { kebab } from './format.ts';
import { presentValue, type ValueView } from './present.ts';
import { routesFor } from './routes.ts';
import { QUESTIONS, type Answer, type Question } from './choose-questions.ts';
import { one, list, type StateOf } from './url-state.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { questionsIn } from '../i18n/choose.ts';
import { attributeLabel } from '../i18n/attributes.ts';

/** Each language's words for what verdicts and messages say. */
const WORDS: Record<Locale, { place: string; answer: string; notListed: (items: string) => string }> = {
  en: { place: 'place', answer: 'answer', notListed: (items) => `${items} not listed` },
  zh: { place: '运行环境', answer: '答案', notListed: (items) => `未列出${items}` },
};

/** The URL parameters of /choose/, for url-state's parser and writer; the nouns name them in messages. */
export const chooseSpecFor = (locale: Locale) =>
  Object.fromEntries(
    QUESTIONS.map((q) => {
      const values = q.answers.map((a) => a.value);
      const w = WORDS[locale];
      return [q.id, q.multiple ? list(w.place, values) : one(w.answer, values)];
    }),
  );
export const chooseSpec = chooseSpecFor(DEFAULT_LOCALE);
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
export function judge(distro: Distro, question: Question, answer: Answer, locale: Locale = DEFAULT_LOCALE): Reason {
  const attribute = DISTRO_ATTRIBUTES[answer.attribute];
  const fact = distro.data.facts[answer.attribute];
  const value = fact.value as unknown;
  const show = (v: unknown) => presentValue(attribute.kind, v, noResolve, locale).text;
  let verdict: Verdict;
  let shown = show(value);
  if (value === 'unknown') verdict = 'unknown';
  else if (Array.isArray(value)) {
    // A list fact (platforms) is judged by one item: name that item, not the whole list.
    const found = answer.accepts.filter((a) => value.includes(a));
    verdict = found.length ? 'fits' : 'misses';
    shown = found.length ? show(found) : WORDS[locale].notListed(show(answer.accepts));
  } else verdict = answer.accepts.includes(String(value)) ? 'fits' : 'misses';
  return {
    key: answerKey(question, answer),
    question: question.legend,
    answer: answer.label,
    verdict,
    attribute: attributeLabel(answer.attribute, attribute.label, locale),
    value: shown,
    placeholder: isPlaceholder(value),
    note: fact.note,
    href: `${routesFor(locale).distro(distro.id)}#fact-${kebab(answer.attribute)}`,
  };
}

/** Every answer judged for one OS: what the page needs to follow any answers without a round trip. */
export const allVerdicts = (distro: Distro, locale: Locale = DEFAULT_LOCALE): Reason[] =>
  questionsIn(locale).flatMap((question) => question.answers.map((answer) => judge(distro, question, answer, locale)));

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

export function choiceCard(distro: Distro, locale: Locale = DEFAULT_LOCALE): ChoiceCard {
  const verdicts = allVerdicts(distro, locale);
  const keys = (v: Verdict) => verdicts.filter((r) => r.verdict === v).map((r) => r.key);
  return {
    id: distro.id,
    name: distro.data.shortName,
    href: routesFor(locale).distro(distro.id),
    summary: distro.data.summary,
    status: presentValue('status', distro.data.facts.status.value, noResolve, locale),
    miss: keys('misses'),
    unknown: keys('unknown'),
    kept: verdicts.filter((r) => r.verdict !== 'misses'),
    ruledOut: verdicts.filter((r) => r.verdict === 'misses'),
  };
}
