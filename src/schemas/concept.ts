/**
 * Frontmatter of `content/concepts/<slug>.mdx`: one concept of the container stack.
 * Engines and runtimes also carry `facts`, which feed /compare/runtimes/.
 */
import { z } from 'astro/zod';
import { fact, sourceMap, supportLevel, checkSourceKeys } from './fact.ts';
import { ISOLATION, LAYER, keysOf } from './vocab.ts';

export function conceptSchema(refs: { concept: z.ZodType }) {
  const f = <T extends z.ZodType>(value: T) => fact(value, refs.concept);
  const text = z.string().min(1);
  return z
    .strictObject({
      title: z.string().min(2),
      /** Short label for diagrams and chips. */
      shortName: z.string().min(2).max(24),
      layer: z.enum(keysOf(LAYER)),
      /** One plain sentence; the glossary entry and the tooltip text. */
      definition: z.string().min(30).max(220),
      /** Other names readers search for ("control groups", "runsc"). */
      aliases: z.array(z.string()).default([]),
      related: z.array(refs.concept).default([]),
      /** When it appeared: kernel version, spec version or year, with a source key. */
      since: z.strictObject({ value: text, sources: z.array(z.string()).min(1) }),
      /** Historical: no longer developed, kept because old guides mention it. */
      historical: z.boolean().default(false),
      redirectFrom: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
      sources: sourceMap,
      /** Only for engines and OCI runtimes: the /compare/runtimes/ attributes. */
      facts: z
        .strictObject({
          daemon: f(supportLevel),
          rootless: f(supportLevel),
          cri: f(text),
          isolation: f(z.enum(keysOf(ISOLATION))),
          specConformance: f(text),
          language: f(text),
          governance: f(text),
        })
        .optional(),
    })
    .check((ctx) => {
      checkSourceKeys(ctx.value, ctx.issues);
      const known = Object.keys(ctx.value.sources);
      ctx.value.since.sources.forEach((key, i) => {
        if (!known.includes(key))
          ctx.issues.push({ code: 'custom', input: key, path: ['since', 'sources', i], message: `unknown source "${key}"` });
      });
    });
}
