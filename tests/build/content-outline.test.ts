/**
 * Every OS and concept page follows its outline, with substantive sections.
 * Reads the MDX sources; the schema has already checked the frontmatter.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONCEPT_OUTLINE, DISTRO_OUTLINE, isSubstantive, sectionsOf } from '../../src/lib/outline.ts';

const root = join(import.meta.dirname, '../../content');
const read = (kind: string) =>
  readdirSync(join(root, kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `content/${kind}/${f}`, text: readFileSync(join(root, kind, f), 'utf8') }));

function check(files: { file: string; text: string }[], outline: readonly string[], intro: boolean) {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const sections = sectionsOf(text);
    const headings = sections.slice(1).map((s) => s.heading);
    if (headings.join('|') !== outline.join('|'))
      problems.push(`${file}: sections are [${headings.join(', ')}], expected [${outline.join(', ')}]`);
    for (const s of sections.slice(1))
      if (!isSubstantive(s))
        problems.push(`${file}: "${s.heading}" is thin: ${s.words} words of prose, ${s.codeLines} lines of code`);
    if (intro && sections[0]!.words < 25)
      problems.push(`${file}: the opening paragraph has ${sections[0]!.words} words`);
  }
  return problems;
}

describe('content completeness', () => {
  const distros = read('distros');
  const concepts = read('concepts');

  it('covers at least 18 operating systems and 36 concepts', () => {
    assert.ok(distros.length >= 18, `${distros.length} OS pages`);
    assert.ok(concepts.length >= 36, `${concepts.length} concept pages`);
  });

  it('every OS page has every outline section, each substantive', () => {
    assert.deepEqual(check(distros, DISTRO_OUTLINE, false), []);
  });

  it('every concept page has an opening paragraph and every outline section, each substantive', () => {
    assert.deepEqual(check(concepts, CONCEPT_OUTLINE, true), []);
  });

  it('no page types its own Sources or "which OSes" section (they are generated)', () => {
    const typed = [...distros, ...concepts]
      .filter(({ text }) => /^## +(Sources|Which OSes use it|Related concepts)\s*$/m.test(text))
      .map((f) => f.file);
    assert.deepEqual(typed, []);
  });
});
