/**
 * A Sätteri hast plugin: in every MDX article, the first mention of each
 * concept becomes a link to its page plus its one-line definition, shown on
 * hover and keyboard focus (CSS in global.css). Terms come straight from the
 * concepts' frontmatter, so the glossary and the tooltips never disagree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Element, ElementContent, Text } from 'hast';
import { linkTerms, termsOf, type Term, type TermSource } from '../lib/terms.ts';

/** Text inside these is never turned into a term link. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'svg', 'figcaption', 'kbd', 'dt', 'summary']);

function loadTerms(contentDir: string): Term[] {
  const dir = join(contentDir, 'concepts');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f): TermSource => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const data = (yaml.load(front) ?? {}) as Partial<TermSource>;
      return { id: basename(f, '.mdx'), title: data.title ?? '', shortName: data.shortName ?? '', aliases: data.aliases ?? [], definition: data.definition ?? '' };
    });
  return termsOf(sources);
}

function termElement(text: string, term: Term): Element {
  const tipId = `term-${term.conceptId}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href: `/concepts/${term.conceptId}/`, 'aria-describedby': tipId }, children: [{ type: 'text', value: text }] },
      { type: 'element', tagName: 'span', properties: { id: tipId, role: 'tooltip', className: ['term-tip'] }, children: [{ type: 'text', value: term.definition }] },
    ],
  };
}

interface Ctx {
  fileURL: URL | undefined;
  parent(node: unknown): { type: string; tagName?: string; name?: string | null } | undefined;
  replaceNode(node: unknown, replacement: ElementContent[]): void;
}

export function glossaryTerms(contentDir: string) {
  const terms = loadTerms(contentDir);
  // A factory: Sätteri calls it once per file, so `used` is per article.
  return (file: { fileURL: URL | undefined }) => {
    const path = file.fileURL ? fileURLToPath(file.fileURL) : '';
    const own = path.includes(`${join(contentDir, 'concepts').replace(/^\.\//, '')}`) ? basename(path, '.mdx') : undefined;
    const used = new Set<string>(own ? [own] : []);
    return {
      name: 'glossary-terms',
      text(node: Readonly<Text>, ctx: Ctx) {
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
          const tag = p.type === 'element' ? p.tagName : p.name;
          if (tag && SKIP.has(tag)) return;
        }
        const segments = linkTerms(node.value, terms, used);
        if (segments.length === 1 && typeof segments[0] === 'string') return;
        ctx.replaceNode(node, segments.map((s) => (typeof s === 'string' ? ({ type: 'text', value: s } as Text) : termElement(s.text, s.term))));
      },
    };
  };
}
