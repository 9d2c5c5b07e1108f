/**
 * Reads the translations under content/<locale>/ outside Astro (scripts,
 * tests): each file checked against its schema and its English source, with
 * the problems named by file and field, and its state (current, outdated or
 * missing) from the English file's hash.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DISTRO_ATTRIBUTES, RUNTIME_ATTRIBUTES } from '../schemas/attributes.ts';
import { conceptSchema } from '../schemas/concept.ts';
import { distroSchema } from '../schemas/distro.ts';
import { plainRefs } from '../schemas/refs.ts';
import { conceptTranslationSchema, distroTranslationSchema } from '../schemas/translation.ts';
import { describeIssues, frontmatterOf, validateFrontmatter } from '../schemas/validate.ts';
import { translationProblems, translationState, type TranslationState } from '../lib/translation.ts';

const root = join(import.meta.dirname, '../../content');

const KINDS = {
  distros: { source: distroSchema(plainRefs), words: distroTranslationSchema, attributes: DISTRO_ATTRIBUTES },
  concepts: { source: conceptSchema(plainRefs), words: conceptTranslationSchema, attributes: RUNTIME_ATTRIBUTES },
} as const;

export type TranslatedKind = keyof typeof KINDS;

export interface TranslationReport {
  kind: TranslatedKind;
  id: string;
  file: string;
  state: TranslationState;
  /** `content/zh/…: field: message` lines; empty when the file is sound. */
  problems: string[];
}

function check(kind: TranslatedKind, id: string, locale: string): TranslationReport {
  const englishFile = `content/${kind}/${id}.mdx`;
  const file = `content/${locale}/${kind}/${id}.mdx`;
  const english = readFileSync(join(root, kind, `${id}.mdx`), 'utf8');
  if (!existsSync(join(root, locale, kind, `${id}.mdx`))) return { kind, id, file, state: 'missing', problems: [] };
  const text = readFileSync(join(root, locale, kind, `${id}.mdx`), 'utf8');
  const { source, words, attributes } = KINDS[kind];
  const parsed = words.safeParse(frontmatterOf(file, text));
  if (!parsed.success) {
    return { kind, id, file, state: 'outdated', problems: describeIssues(file, parsed.error) };
  }
  const sourceData = validateFrontmatter(englishFile, english, source);
  const problems = translationProblems(sourceData, parsed.data, attributes).map(
    (p) => `${file}: ${p.path}: ${p.message}`,
  );
  return { kind, id, file, state: translationState(english, parsed.data.translationOf), problems };
}

/** Every English page's translation into `locale`, present or not. */
export function readTranslationReports(locale: string): TranslationReport[] {
  return (Object.keys(KINDS) as TranslatedKind[]).flatMap((kind) =>
    readdirSync(join(root, kind))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => check(kind, f.slice(0, -'.mdx'.length), locale)),
  );
}

/** Translation files with no English page to translate. */
export function orphanTranslations(locale: string): string[] {
  return (Object.keys(KINDS) as TranslatedKind[]).flatMap((kind) => {
    const dir = join(root, locale, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx') && !existsSync(join(root, kind, f)))
      .map((f) => `content/${locale}/${kind}/${f}`);
  });
}
