/**
 * A Sätteri hast plugin: in every MDX article, the first mention of each
 * concept becomes a link to its page plus its one-line definition, shown on
 * hover and keyboard focus (CSS in global.css). Terms come from the concepts'
 * frontmatter, validated by the same schema as the collection, so the
 * glossary and the tooltips never disagree. A translation's articles link its
 * own terms (Chinese names and definitions from content/zh/concepts/) to the
 * pages in its language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Text } from 'hast';
import { routesFor } from '../lib/routes.ts';
import { linkTerms, termsOf, type Term, type TermSource } from '../lib/terms.ts';
import { conceptSchema } from '../schemas/concept.ts';
import { conceptTranslationSchema } from '../schemas/translation.ts';
import { translatedShortName } from '../lib/translation.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { localeOfContentFile } from './base-links.ts';
import { plainRefs } from '../schemas/refs.ts';
import { validateFrontmatter } from '../schemas/validate.ts';

/** Text inside these is never turned into a term link. */
const SKIP = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'svg',
  'figcaption',
  'kbd',
  'dt',
  'summary',
]);

function readConcepts(conceptsDir: string): TermSource[] {
  const schema = conceptSchema(plainRefs);
  return readdirSync(conceptsDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const path = join(conceptsDir, f);
      return { id: basename(f, '.mdx'), ...validateFrontmatter(path, readFileSync(path, 'utf8'), schema) };
    });
}

/** The English concepts with a translation's names and definitions; English names still match too. */
function translated(english: TermSource[], dir: string): TermSource[] {
  return english.map((c) => {
    const path = join(dir, `${c.id}.mdx`);
    if (!existsSync(path)) return c;
    const w = validateFrontmatter(path, readFileSync(path, 'utf8'), conceptTranslationSchema);
    const shortName = translatedShortName(w.title, c.shortName);
    return {
      ...c,
      title: w.title,
      shortName,
      aliases: [...w.aliases, c.shortName, ...c.aliases],
      definition: w.definition,
    };
  });
}

export function loadTerms(contentDir: string): Map<Locale, Term[]> {
  const english = readConcepts(resolve(contentDir, 'concepts'));
  return new Map(
    LOCALES.map((l) => [
      l,
      termsOf(l === DEFAULT_LOCALE ? english : translated(english, resolve(contentDir, l, 'concepts'))),
    ]),
  );
}

function termElement(text: string, term: Term, locale: Locale): Element {
  const tipId = `term-${term.conceptId}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: routesFor(locale).concept(term.conceptId), 'aria-describedby': tipId },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, role: 'tooltip', className: ['term-tip'] },
        children: [{ type: 'text', value: term.definition }],
      },
    ],
  };
}

interface Ctx {
  fileURL: URL | undefined;
  parent(node: unknown): { type: string; tagName?: string; name?: string | null } | undefined;
  replaceNode(node: unknown, replacement: ElementContent[]): void;
}

export function glossaryTerms(contentDir: string) {
  const termsByLocale = loadTerms(contentDir);
  // A factory: Sätteri calls it once per file, so `used` is per article.
  return (file: { fileURL: URL | undefined }) => {
    const path = file.fileURL ? fileURLToPath(file.fileURL) : '';
    const locale = path ? localeOfContentFile(path, contentDir) : DEFAULT_LOCALE;
    const terms = termsByLocale.get(locale)!;
    // A concept page never links to itself.
    const own = basename(dirname(path)) === 'concepts' ? basename(path, '.mdx') : undefined;
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
        ctx.replaceNode(
          node,
          segments.map((s): ElementContent =>
            typeof s === 'string' ? { type: 'text', value: s } : termElement(s.text, s.term, locale),
          ),
        );
      },
    };
  };
}
