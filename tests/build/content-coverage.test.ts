/**
 * The content as a whole: few unknown facts, every active OS placeable on the
 * timeline, and no search or tooltip term claimed by two concepts. Reads the
 * MDX files through the same schemas the build uses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConcepts, readDistros } from '../../src/data/read-content.ts';
import { undatedActive, unknownFacts } from '../../src/lib/coverage.ts';
import { clashes, termsOf } from '../../src/lib/terms.ts';
import { loadTerms } from '../../src/integrations/glossary-terms.ts';

/** The ceiling on `unknown` values across every page (each must say, in its note, what was searched). */
const MAX_UNKNOWN = 8;

const distros = readDistros();
const concepts = readConcepts();

describe('content coverage', () => {
  it(`has at most ${MAX_UNKNOWN} unknown facts in all`, () => {
    const unknown = unknownFacts([...distros, ...concepts]);
    assert.ok(
      unknown.length <= MAX_UNKNOWN,
      `${unknown.length} unknown facts:\n${unknown.map((u) => `${u.file}: ${u.field}`).join('\n')}`,
    );
  });

  it('knows the first release of every actively maintained OS', () => {
    assert.deepEqual(undatedActive(distros), []);
  });

  it('gives every glossary term, alias and short name to one concept only', () => {
    assert.deepEqual(clashes(termsOf(concepts.map((c) => ({ id: c.id, ...c.data })))), []);
  });

  it('does the same in every translation: a Chinese name or alias belongs to one concept', () => {
    for (const [locale, terms] of loadTerms('content')) assert.deepEqual(clashes(terms), [], locale);
  });
});
