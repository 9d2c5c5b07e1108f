/**
 * /choose/ answered by the server, for readers without JavaScript. A static
 * host sends the same page whatever the query string says, so a submitted
 * form or a pasted link opens unanswered; the page's stylesheet can only
 * follow boxes that are ticked. This turns the built page into a template for
 * nginx's SSI module (deploy/nginx.conf): each answer's control is ticked when
 * the query names it, and the stylesheet does the rest, exactly as when a
 * reader ticks the box. Nothing from the query is ever written into the page,
 * only fixed markup chosen by patterns, so hostile input cannot reach it.
 */
import { usesBoxes, type Question } from './choose-questions.ts';

/** The template's file name beside each built /choose/index.html; nginx serves it for /choose/. */
export const CHOOSER_TEMPLATE = 'index.ssi';

/** Marks what only makes sense where the server cannot read the query (removed here). */
export const STATIC_HOST_ONLY = 'data-static-host-only';
/** Marks the submit button, hidden without JavaScript on a static host, where it would lead nowhere. */
export const SUBMIT = 'data-submit';

/** nginx's `ssi_value_length` for the template: its longest pattern must fit (the default, 256, is too short). */
export const SSI_VALUE_LENGTH = 2048;

const SLUG = /^[a-z0-9-]+$/;
// A value as a browser or a hand-written link may spell it: padded with spaces.
const SPACE = '(\\+|%20)*';
// `$` would name an SSI variable, so the end of the query is `\z`.
const END = '\\z';
const SEP = '(,|%2[Cc])';

// Parameter names are matched as written, values in any case, as the script reads them.
const one = (q: Question) => `(?i:${q.answers.map((a) => a.value).join('|')})`;
/** The query names `value` for `name`: on its own, or as one item of a comma-separated list. */
export function namesPattern(question: Question, value: string): string {
  const v = `${SPACE}(?i:${value})${SPACE}`;
  return question.multiple
    ? `(^|&)${question.id}=([^&]*${SEP})?${v}(${SEP}|&|${END})`
    : `(^|&)${question.id}=${v}(&|${END})`;
}

/** The query answers `question` at all (so "no preference" is off). */
const answeredPattern = (question: Question) => `(^|&)${question.id}=${SPACE}${one(question)}${SPACE}(&|${END})`;

/** Every parameter in the query is a question this page asks, with answers it knows (or none). */
export function knownQueryPattern(questions: readonly Question[]): string {
  const pair = questions
    .map((q) => {
      const v = `${SPACE}${one(q)}${SPACE}`;
      return q.multiple ? `${q.id}=(${v}(${SEP}${v})*)?` : `${q.id}=(${v})?`;
    })
    .join('|');
  return `^((${pair})?(&(${pair})?)*)${END}`;
}

function ifMatches(pattern: string, then: string, otherwise: string): string {
  const expr = `$args = /${pattern}/`;
  if (expr.length > SSI_VALUE_LENGTH) throw new Error(`an SSI expression is longer than ${SSI_VALUE_LENGTH}: ${expr}`);
  return `<!--# if expr="${expr}" -->${then}<!--# else -->${otherwise}<!--# endif -->`;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The template's tick, or no tick, for one input: `checked` only where the query asks for it. */
function answerInput(tag: string, question: Question): string {
  const plain = tag.replace(/\schecked(="[^"]*")?(?=[\s>/])/, '');
  const ticked = plain.replace(/\s*\/?>$/, ' checked>');
  const value = attr(tag, 'value');
  if (value === '') return ifMatches(answeredPattern(question), plain, ticked);
  return ifMatches(namesPattern(question, value!), ticked, plain);
}

function removeElement(html: string, marker: string, where: string): string {
  const open = new RegExp(`<([a-z]+)\\b[^>]*\\s${marker}(="")?[\\s>][^]*?</\\1>`, 'g');
  const found = html.match(open) ?? [];
  if (!found.length) throw new Error(`${where}: no element carries ${marker}`);
  return html.replace(open, '');
}

/**
 * The SSI template for one built /choose/ page. `unknown` is the message for
 * a query naming answers or parameters the page does not know. Throws, naming
 * the page, when the markup no longer has a control or marker it relies on.
 */
export function answeredChooser(html: string, questions: readonly Question[], unknown: string, where: string): string {
  let out = html;
  for (const question of questions) {
    const values = [...(usesBoxes(question) ? [] : ['']), ...question.answers.map((a) => a.value)];
    for (const value of values) {
      if (value && !SLUG.test(value)) throw new Error(`${where}: answer value "${value}" is not a plain slug`);
      const tag = new RegExp(`<input\\b[^>]*\\sname="${question.id}"[^>]*\\svalue="${value}"[^>]*>`, 'g');
      const found = out.match(tag) ?? [];
      if (found.length !== 1)
        throw new Error(`${where}: expected one input name="${question.id}" value="${value}", found ${found.length}`);
      out = out.replace(tag, (t) => answerInput(t, question));
    }
  }
  out = removeElement(out, STATIC_HOST_ONLY, where);
  const submit = new RegExp(`(<button\\b[^>]*\\s${SUBMIT}[^>]*class="[^"]*?)\\bjs-only\\s*`);
  if (!submit.test(out)) throw new Error(`${where}: the submit button (${SUBMIT}) is not hidden with js-only`);
  out = out.replace(submit, '$1');
  const errors = /(<p\b[^>]*\sdata-errors\b[^>]*>)(<\/p>)/;
  if (!errors.test(out)) throw new Error(`${where}: no empty <p data-errors> for messages`);
  return out.replace(errors, (_, open: string, close: string) =>
    [open, ifMatches(knownQueryPattern(questions), '', escapeText(unknown)), close].join(''),
  );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
