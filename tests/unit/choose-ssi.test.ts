/**
 * The /choose/ template nginx answers from the query string: its patterns
 * read a query the way the page's script does (src/lib/url-state.ts), and the
 * template keeps the page as built apart from the answers it ticks.
 * tests/build/nginx.test.ts runs the real template through nginx.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSpec } from '../../src/lib/choose.ts';
import { QUESTIONS, type Question } from '../../src/lib/choose-questions.ts';
import { answeredChooser, knownQueryPattern, namesPattern, SSI_VALUE_LENGTH } from '../../src/lib/choose-ssi.ts';
import { parseState } from '../../src/lib/url-state.ts';

/** A PCRE pattern as nginx reads it, in JavaScript's dialect: `\z` is the end. */
const pcre = (pattern: string) => new RegExp(pattern.replace(/\\z/g, '$'));

/** Queries a form, the page's script or a person may write, with what the script reads from each. */
const QUERIES = [
  '',
  'on=aws',
  'on=aws,azure',
  'on=azure%2Caws&on=arm',
  'on=gcp%2cvmware',
  'on=+gcp+&workloads=',
  'ON=vmware',
  'on=AWS&shell=ssh&active=yes',
  'workloads=kubernetes&mac=any&support=any',
  'update=image&update=packages',
  'on=awsx,bare-metal',
  'on=edge-devices&colour=blue',
  'mac=&shell=api-only&update=transactional',
];

function scriptReads(query: string, question: Question, value: string): boolean {
  const read = parseState(`?${query}`, chooseSpec).state[question.id];
  return Array.isArray(read) ? read.includes(value) : read === value;
}

describe('the SSI patterns read a query as the script does', () => {
  for (const question of QUESTIONS) {
    it(`?${question.id}=`, () => {
      for (const query of QUERIES) {
        for (const { value } of question.answers) {
          // The script keeps the first of two answers to a one-answer question; SSI ticks both, and
          // the browser keeps the last. The only such query here is 'update=image&update=packages'.
          if (!question.multiple && query === 'update=image&update=packages') continue;
          assert.equal(
            pcre(namesPattern(question, value)).test(query),
            scriptReads(query, question, value),
            `?${query} and ${question.id}=${value}`,
          );
        }
      }
    });
  }

  it('knows a query is all known words exactly when the script finds nothing to report', () => {
    const known = pcre(knownQueryPattern(QUESTIONS));
    for (const query of QUERIES.filter((q) => q !== 'update=image&update=packages')) {
      assert.equal(known.test(query), parseState(`?${query}`, chooseSpec).errors.length === 0, `?${query}`);
    }
  });

  it('fits nginx’s ssi_value_length', () => {
    assert.ok(`$args = /${knownQueryPattern(QUESTIONS)}/`.length <= SSI_VALUE_LENGTH);
  });
});

describe('answeredChooser', () => {
  const page = [
    '<form data-choose>',
    '<input type="checkbox" id="answer-on-aws" name="on" value="aws">',
    '<input type="radio" name="mac" value="" checked><input type="radio" id="answer-mac-any" name="mac" value="any">',
    '<button type="submit" data-submit class="js-only bg-accent">Show</button>',
    '<a href="#fits" class="no-js-only" data-static-host-only>Jump</a>',
    '<p data-errors role="alert"></p>',
    '<noscript data-static-host-only><p>Cannot share</p></noscript>',
    '</form>',
  ].join('');
  const answer = (value: string) => ({ value, label: value, attribute: 'macDefault' as const, accepts: [] });
  const questions: Question[] = [
    { id: 'on', legend: 'Where?', multiple: true, answers: [answer('aws')] },
    { id: 'mac', legend: 'Which MAC?', multiple: false, answers: [answer('any'), answer('selinux')] },
  ];
  const withSelinux = page.replace('</form>', '<input type="radio" name="mac" value="selinux"></form>');

  it('offers both ticks for each answer, and ticks "no preference" unless the question is answered', () => {
    const out = answeredChooser(withSelinux, questions, 'Unknown!', 'test.html');
    assert.match(
      out,
      /<!--# if expr="\$args = \/[^"]+aws[^"]+\/" --><input[^>]*value="aws" checked><!--# else --><input[^>]*value="aws"><!--# endif -->/,
    );
    assert.match(
      out,
      /<!--# if expr="[^"]+" --><input type="radio" name="mac" value=""><!--# else --><input type="radio" name="mac" value="" checked><!--# endif -->/,
    );
  });

  it('shows the submit button, drops what only a static host needs, and prepares the message', () => {
    const out = answeredChooser(withSelinux, questions, 'Unknown <words>', 'test.html');
    assert.match(out, /<button type="submit" data-submit class="bg-accent">/);
    assert.ok(!out.includes('data-static-host-only') && !out.includes('Jump') && !out.includes('Cannot share'));
    assert.match(
      out,
      /<p data-errors role="alert"><!--# if [^>]+-->(<!--# else -->)Unknown &lt;words&gt;<!--# endif --><\/p>/,
    );
  });

  it('names the page and the control it cannot find', () => {
    assert.throws(
      () => answeredChooser(page, questions, '', 'dist/choose/index.html'),
      /dist\/choose\/index\.html: expected one input name="mac" value="selinux", found 0/,
    );
    assert.throws(
      () => answeredChooser(withSelinux.replace(' data-submit', ''), questions, '', 'x.html'),
      /x\.html: the submit button/,
    );
  });
});
