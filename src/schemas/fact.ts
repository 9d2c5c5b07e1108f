/**
 * The building blocks every sourced fact is made of. A fact is a value, an
 * optional note, and the keys of the page-level sources it rests on;
 * `checkSourceKeys` proves each key exists, so a typo fails the build with the
 * field's path instead of rendering a dead footnote.
 */
import { z } from 'astro/zod';
import type { RefSchema } from './refs.ts';

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
export type Source = z.output<typeof source>;

export const sourceMap = z.record(
  z.string().regex(/^[a-z0-9-]+$/, { error: 'source keys are lowercase kebab-case' }),
  source,
);

/** Values every fact may take instead of a real one; both need a note that says why. */
export const PLACEHOLDERS = ['unknown', 'not-applicable'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
const placeholder = z.enum(PLACEHOLDERS);
export const isPlaceholder = (value: unknown): value is Placeholder => PLACEHOLDERS.some((p) => p === value);

/**
 * A bad value fails both branches of the union; zod would only say "Invalid
 * input". Say why the real-value branch failed, and where inside a list.
 */
function explainValue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const inner = issue.errors[1]?.[0];
  if (!inner) return undefined;
  const where = inner.path.length ? ` (at ${inner.path.map((p) => `[${String(p)}]`).join('')})` : '';
  return `${inner.message}${where}; or write "unknown" or "not-applicable" with a note`;
}

/** Support vocabulary for yes/no attributes, in words (never one-letter codes). */
export const supportLevel = z.enum(['yes', 'partial', 'no']);

/**
 * One matrix fact. `conceptRef` is passed in because `reference()` lives in
 * `astro:content`; keeping it a parameter lets unit tests import this file.
 */
export function fact<T extends z.ZodType>(value: T, conceptRef: RefSchema<'concepts'>) {
  return z
    .strictObject({
      value: z.union([placeholder, value], { error: explainValue }),
      note: z.string().min(3).optional(),
      sources: z.array(z.string()).min(1, { error: 'every fact needs at least one source key' }),
      /** Concepts this fact involves; concept pages derive "which OSes use this" from them. */
      concepts: z.array(conceptRef).default([]),
    })
    .check((ctx) => {
      // `value` is always present; the generic `T` only hides it from the type.
      const v = 'value' in ctx.value ? ctx.value.value : undefined;
      if (isPlaceholder(v) && !ctx.value.note) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['note'],
          message: `a fact marked "${v}" needs a note that gives the reason`,
        });
      }
    });
}

/** Every `sources: [key]` inside `facts` (and `since`) must name an entry of the page's `sources` map. */
export function checkSourceKeys(
  data: {
    sources: Record<string, unknown>;
    facts?: Record<string, { sources: string[] } | undefined> | undefined;
    since?: { sources: string[] };
    derivedFrom?: { sources: string[] } | undefined;
  },
  issues: z.core.$ZodRawIssue[],
) {
  const known = Object.keys(data.sources);
  const cited: { keys: string[]; path: (string | number)[] }[] = [
    ...Object.entries(data.facts ?? {}).map(([attr, f]) => ({
      keys: f?.sources ?? [],
      path: ['facts', attr, 'sources'],
    })),
    { keys: data.since?.sources ?? [], path: ['since', 'sources'] },
    { keys: data.derivedFrom?.sources ?? [], path: ['derivedFrom', 'sources'] },
  ];
  for (const { keys, path } of cited) {
    keys.forEach((key, i) => {
      if (!known.includes(key)) {
        issues.push({
          code: 'custom',
          input: key,
          path: [...path, i],
          message: `unknown source "${key}"; this file's sources are: ${known.join(', ') || '(none)'}`,
        });
      }
    });
  }
}
