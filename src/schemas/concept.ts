/**
 * Frontmatter of `content/concepts/<slug>.mdx`: one concept of the container stack.
 * Engines and runtimes also carry `facts`, which feed /compare/runtimes/.
 */
import { z } from 'astro/zod';
import { RUNTIME_ATTRIBUTES, factsSchema } from './attributes.ts';
import { checkSourceKeys, sourceMap } from './fact.ts';
import type { RefSchemas } from './refs.ts';
import { LAYER, keysOf } from './vocab.ts';

export function conceptSchema(refs: RefSchemas) {
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
      since: z.strictObject({ value: z.string().min(1), sources: z.array(z.string()).min(1) }),
      /** Historical: no longer developed, kept because old guides mention it. */
      historical: z.boolean().default(false),
      redirectFrom: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
      sources: sourceMap,
      /** Only for engines and OCI runtimes: the /compare/runtimes/ attributes. */
      facts: factsSchema(RUNTIME_ATTRIBUTES, refs).optional(),
    })
    .check((ctx) => checkSourceKeys(ctx.value, ctx.issues));
}

export type ConceptData = z.output<ReturnType<typeof conceptSchema>>;
