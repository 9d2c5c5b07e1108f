/**
 * Translations against their English sources: what a translation may say
 * (problems, each with the field it is in), how its words replace the English
 * ones while every fact stays the English file's, and whether the English has
 * changed since it was translated. Pure: src/data/atlas.ts and
 * scripts/translations.ts feed it files.
 */
import { createHash } from 'node:crypto';
import type { AttributeDef } from '../schemas/attributes.ts';
import type { TranslatedFact } from '../schemas/translation.ts';

/** The first 12 hex digits of a file's SHA-256: what `translationOf` records. */
export const sourceHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

interface SourceFact {
  value: unknown;
  note?: string | undefined;
}

interface Translatable {
  facts?: Record<string, SourceFact | undefined> | undefined;
  derivedFrom?: { note?: string | undefined } | undefined;
}

interface Words {
  facts: Record<string, TranslatedFact>;
  derivedFrom?: { note: string } | undefined;
}

/** Where a translation says something its source gives it no room for, or leaves out a note. */
export function translationProblems(
  source: Translatable,
  translation: Words,
  attributes: Record<string, AttributeDef>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const facts = source.facts ?? {};
  for (const [key, words] of Object.entries(translation.facts)) {
    const fact = facts[key];
    if (!fact) {
      const known = Object.keys(facts);
      problems.push({
        path: `facts.${key}`,
        message: `the English file has no fact "${key}"; it has: ${known.join(', ') || '(none)'}`,
      });
      continue;
    }
    if (words.value !== undefined && attributes[key]?.kind !== 'text') {
      problems.push({
        path: `facts.${key}.value`,
        message: `"${key}" is not a free-text attribute: the site words its value itself; give only a note`,
      });
    }
    if (words.note !== undefined && !fact.note) {
      problems.push({ path: `facts.${key}.note`, message: `the English fact "${key}" has no note to translate` });
    }
  }
  for (const [key, fact] of Object.entries(facts)) {
    if (fact?.note && !translation.facts[key]?.note) {
      problems.push({ path: `facts.${key}.note`, message: `missing: the English fact "${key}" has a note` });
    }
  }
  if (source.derivedFrom?.note && !translation.derivedFrom) {
    problems.push({ path: 'derivedFrom.note', message: 'missing: the English derivedFrom has a note' });
  }
  if (translation.derivedFrom && !source.derivedFrom?.note) {
    problems.push({ path: 'derivedFrom.note', message: 'the English derivedFrom has no note to translate' });
  }
  return problems;
}

/** The source's facts with the translation's words in place of the English ones. */
export function translateFacts<F extends Record<string, SourceFact | undefined>>(
  facts: F,
  words: Record<string, TranslatedFact>,
): F {
  const out: Record<string, SourceFact | undefined> = {};
  for (const [key, fact] of Object.entries(facts)) {
    const w = words[key];
    out[key] =
      fact && w ? { ...fact, ...(w.value ? { value: w.value } : {}), ...(w.note ? { note: w.note } : {}) } : fact;
  }
  return out as F;
}

/** A translated term's name without its English gloss: `控制组 (cgroups)` → `控制组`. */
export const bareName = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * The short name links and tables use: the English one where the translated title keeps it
 * (`Podman、Buildah 与 Skopeo` → `Podman`), else the title without its gloss (`命名空间`).
 */
export const translatedShortName = (title: string, english: string) =>
  bareName(title).includes(english) ? english : bareName(title);

export type TranslationState = 'current' | 'outdated' | 'missing';

/** `current` while the English file is byte for byte what was translated. */
export function translationState(englishText: string, translationOf: string | undefined): TranslationState {
  if (translationOf === undefined) return 'missing';
  return sourceHash(englishText) === translationOf ? 'current' : 'outdated';
}
