import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSubstantive, sectionsOf } from '../../src/lib/outline.ts';

describe('sectionsOf', () => {
  const mdx = `---\ntitle: x\n---\nimport A from 'a';\n\nIntro words here.\n\n## How it works\n\nOne two three.\n\n\`\`\`sh\n## not a heading\necho hi\n\`\`\`\n\n## History\n\n<figure><svg><text>ignored</text></svg></figure> Four five.\n`;

  it('splits at h2 headings and ignores # lines inside code blocks', () => {
    assert.deepEqual(
      sectionsOf(mdx).map((s) => s.heading),
      ['', 'How it works', 'History'],
    );
  });

  it('counts prose words only: no code, markup, imports or frontmatter', () => {
    assert.deepEqual(
      sectionsOf(mdx).map((s) => s.words),
      [3, 3, 2],
    );
    assert.deepEqual(
      sectionsOf(mdx).map((s) => s.codeLines),
      [0, 2, 0],
    );
  });

  it('calls a section substantive with real prose, or some prose around real commands', () => {
    assert.equal(isSubstantive({ heading: 'x', words: 60, codeLines: 0 }), true);
    assert.equal(isSubstantive({ heading: 'x', words: 35, codeLines: 6 }), true);
    assert.equal(isSubstantive({ heading: 'x', words: 35, codeLines: 2 }), false);
    assert.equal(isSubstantive({ heading: 'x', words: 10, codeLines: 40 }), false);
  });
});
