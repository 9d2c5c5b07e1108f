/**
 * The style rules that let /choose/ follow the form without JavaScript: a
 * static host cannot read the query string, so the page carries every
 * verdict and CSS `:has()` shows the ones the ticked answers ask for.
 * Cards carry answer keys in `data-miss` / `data-unknown`; reasons carry
 * theirs in `data-why`. Generated from the questions, so a new answer
 * needs no hand-written CSS.
 */
import { answerKey } from './choose.ts';
import { QUESTIONS } from './choose-questions.ts';

/** Rules that do not depend on the answers: marks, and the counts shown without JavaScript. */
const STATIC = `.choice-why, .ruled-out, .choice-unconfirmed { display: none; }
.choice-why::before { content: "✓" / ""; color: var(--yes); font-weight: 700; margin-inline-end: 0.375rem; }
.choice-why[data-verdict="misses"]::before { content: "✗" / ""; color: var(--no); }
.choice-why[data-verdict="unknown"]::before { content: "?" / ""; color: var(--na); }
.choices { counter-reset: fits; }
.choice { counter-increment: fits; }
.ruled-outs { counter-reset: out; }
.ruled-out { counter-increment: out; }
.choices-count::before { content: counter(fits) " of " attr(data-total) " fit every answer."; }
.ruled-outs-count::before { content: counter(out) " ruled out."; }
:lang(zh) .choices-count::before { content: attr(data-total) " 个中有 " counter(fits) " 个符合全部答案。"; }
:lang(zh) .ruled-outs-count::before { content: "排除了 " counter(out) " 个。"; }
.js .choices-count, .js .ruled-outs-count { display: none; }`;

export const inputId = (key: string) => `answer-${key}`;

export function chooserCss(): string {
  const keys = QUESTIONS.flatMap((q) => q.answers.map((a) => answerKey(q, a)));
  const when = (key: string, selector: string) => `.chooser:has(#${inputId(key)}:checked) ${selector}`;
  const rule = (selector: (key: string) => string, body: string) =>
    `${keys.map((k) => when(k, selector(k))).join(',\n')} {\n  ${body}\n}`;
  return [
    STATIC,
    rule((k) => `.choice[data-miss~="${k}"]`, 'display: none;'),
    rule((k) => `.ruled-out[data-miss~="${k}"]`, 'display: block;'),
    rule((k) => `.choice-why[data-why="${k}"]`, 'display: list-item;'),
    rule((k) => `.choice[data-unknown~="${k}"] .choice-unconfirmed`, 'display: inline-block;'),
  ].join('\n\n');
}
