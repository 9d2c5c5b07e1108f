/**
 * The content as a whole: few unknown facts, every active OS placeable on the
 * timeline, and no search or tooltip term claimed by two concepts. Reads the
 * MDX files through the same schemas the build uses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { undatedActive, unknownFacts } from '../../src/lib/coverage.ts';
import { clashes, termsOf } from '../../src/lib/terms.ts';
import { conceptSchema } from '../../src/schemas/concept.ts';
import { distroSchema } from '../../src/schemas/distro.ts';
import type { Concept, Distro } from '../../src/schemas/entries.ts';
import { plainRefs } from '../../src/schemas/refs.ts';
import { validateFrontmatter } from '../../src/schemas/validate.ts';

/** The ceiling on `unknown` values across every page (each must say, in its note, what was searched). */
const MAX_UNKNOWN = 8;

const root = join(import.meta.dirname, '../../content');
function load<S extends Parameters<typeof validateFrontmatter>[2]>(kind: string, schema: S) {
  return readdirSync(join(root, kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const filePath = `content/${kind}/${f}`;
      return {
        id: f.slice(0, -4),
        filePath,
        data: validateFrontmatter(filePath, readFileSync(join(root, kind, f), 'utf8'), schema),
      };
    });
}
const distros: Distro[] = load('distros', distroSchema(plainRefs));
const concepts: Concept[] = load('concepts', conceptSchema(plainRefs));

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
});
