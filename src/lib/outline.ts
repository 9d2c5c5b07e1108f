/**
 * Every page of a kind follows one outline so pages compare naturally
 * (docs/ARCHITECTURE.md, "Content"). The build tests hold the MDX bodies to it.
 */
export const DISTRO_OUTLINE = [
  'Overview',
  'History and lineage',
  'Architecture',
  'Updates and rollback',
  'Provisioning',
  'Security model',
  'Containers and Kubernetes',
  'Platforms',
  'Lifecycle',
  'When to choose it',
  'Try it',
] as const;

export const CONCEPT_OUTLINE = ['How it works', 'History', 'Where it sits in the stack', 'Try it'] as const;

export interface Section {
  heading: string;
  /** Words of prose, not counting code blocks, markup or frontmatter. */
  words: number;
  /** Lines inside fenced code blocks: a "Try it" section is mostly commands. */
  codeLines: number;
}

/** Enough to be worth a heading: real prose, or some prose explaining real commands. */
export function isSubstantive(section: Section): boolean {
  return section.words >= 60 || (section.words >= 30 && section.codeLines >= 5);
}

function countCodeLines(text: string): number {
  return [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].reduce(
    (n, m) => n + m[1]!.split('\n').filter((l) => l.trim()).length,
    0,
  );
}

function countWords(text: string): number {
  const prose = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^import .*$/gm, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Splits an MDX body at its h2 headings; the text before the first is `heading: ''`. */
export function sectionsOf(mdx: string): Section[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const withoutCode = body.replace(/```[\s\S]*?```/g, (block) => block.replace(/^#/gm, ' #'));
  const parts = withoutCode.split(/^## +(.+)$/m);
  const section = (heading: string, text: string) => ({
    heading,
    words: countWords(text),
    codeLines: countCodeLines(text),
  });
  const sections: Section[] = [section('', parts[0] ?? '')];
  for (let i = 1; i < parts.length; i += 2) sections.push(section(parts[i]!.trim(), parts[i + 1] ?? ''));
  return sections;
}
