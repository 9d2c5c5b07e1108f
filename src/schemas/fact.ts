/**
 * The building blocks every sourced fact is made of. A fact is a value, an
 * optional note, and the keys of the page-level sources it rests on; the
 * `withSourceKeys` refinement proves each key exists so a typo fails the build
 * with the field's path instead of rendering a dead footnote.
 */
import { z } from 'astro/zod';

/** YAML turns `2024-03-01` into a Date and `2013` into a number; keep all three as text. */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

export const checkedDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'expected the date the source was checked, as YYYY-MM-DD' }),
);

/** A primary document a fact rests on. `checked` is when someone last read it and confirmed the fact. */
export const source = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  checked: checkedDate,
});
export type Source = z.infer<typeof source>;

export const sourceMap = z.record(
  z.string().regex(/^[a-z0-9-]+$/, { error: 'source keys are lowercase kebab-case' }),
  source,
);

/** Values every fact may take instead of a real one; both need a note that says why. */
export const UNKNOWN = 'unknown';
export const NOT_APPLICABLE = 'not-applicable';
const placeholder = z.enum([UNKNOWN, NOT_APPLICABLE]);

/** Support vocabulary for yes/no attributes, in words (never one-letter codes). */
export const supportLevel = z.enum(['yes', 'partial', 'no']);
export type SupportLevel = z.infer<typeof supportLevel>;

/**
 * One matrix fact. `conceptRef` is passed in because `reference()` lives in
 * `astro:content`; keeping it a parameter lets unit tests import this file.
 */
export function fact<T extends z.ZodType>(value: T, conceptRef: z.ZodType) {
  return z
    .strictObject({
      value: z.union([placeholder, value]),
      note: z.string().min(3).optional(),
      sources: z.array(z.string()).min(1, { error: 'every fact needs at least one source key' }),
      /** Concepts this fact involves; concept pages derive "which OSes use this" from them. */
      concepts: z.array(conceptRef).default([]),
    })
    .check((ctx) => {
      const v = (ctx.value as unknown as { value: unknown }).value;
      if ((v === UNKNOWN || v === NOT_APPLICABLE) && !ctx.value.note) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['note'],
          message: `a fact marked "${v}" needs a note that gives the reason`,
        });
      }
    });
}

/** Every `sources: [key]` inside `facts` must name an entry of the page's `sources` map. */
export function checkSourceKeys(
  data: { sources: Record<string, unknown>; facts?: Record<string, { sources: string[] }> | undefined },
  issues: z.core.$ZodRawIssue[],
) {
  const known = Object.keys(data.sources);
  for (const [attr, f] of Object.entries(data.facts ?? {})) {
    f.sources.forEach((key, i) => {
      if (!known.includes(key)) {
        issues.push({
          code: 'custom',
          input: key,
          path: ['facts', attr, 'sources', i],
          message: `unknown source "${key}"; this file's sources are: ${known.join(', ') || '(none)'}`,
        });
      }
    });
  }
}
