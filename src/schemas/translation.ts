/**
 * Frontmatter of `content/zh/{distros,concepts}/<id>.mdx`: the words of a
 * page in another language. Facts live once, in the English file; a
 * translation carries only prose, notes and the text of free-text values
 * (docs/TRANSLATING.md). src/lib/translation.ts checks it against its source.
 */
import { z } from 'astro/zod';

/** The first 12 hex digits of the SHA-256 of the English file as translated. */
const sourceHash = z
  // Quoted, or YAML may read a hash of digits (or digits and an "e") as a number.
  .string({ error: 'expected the 12 hex digits in quotes, e.g. translationOf: "0123456789ab"' })
  .regex(/^[0-9a-f]{12}$/, { error: "expected the first 12 hex digits of the English file's SHA-256" });

/** A fact's words: its note, and its value where the value is free text. */
export const translatedFact = z.strictObject({
  value: z.string().min(1).optional(),
  note: z.string().min(2).optional(),
});
export type TranslatedFact = z.output<typeof translatedFact>;

const facts = z.record(z.string(), translatedFact).default({});

export const distroTranslationSchema = z.strictObject({
  translationOf: sourceHash,
  /** Only when the project itself uses a name in this language. */
  title: z.string().min(2).optional(),
  summary: z.string().min(10).max(160),
  aliases: z.array(z.string()).default([]),
  derivedFrom: z.strictObject({ note: z.string().min(2) }).optional(),
  facts,
});

export const conceptTranslationSchema = z.strictObject({
  translationOf: sourceHash,
  title: z.string().min(2),
  definition: z.string().min(10).max(160),
  aliases: z.array(z.string()).default([]),
  since: z.string().min(1),
  facts,
});

/** `content/zh/changes/<id>.yaml`: a change-log entry's words; date, kind, pages and sources stay in the English file. */
export const changeTranslationSchema = z.strictObject({
  translationOf: sourceHash,
  title: z.string().min(4).max(110),
  summary: z.string().min(20).max(360),
});

export type DistroTranslation = z.output<typeof distroTranslationSchema>;
export type ConceptTranslation = z.output<typeof conceptTranslationSchema>;
