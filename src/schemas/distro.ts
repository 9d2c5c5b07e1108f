/**
 * Frontmatter of `content/distros/<slug>.mdx`: one container OS. Every key in
 * `facts` is a matrix attribute, defined in ./attributes.ts.
 */
import { z } from 'astro/zod';
import { DISTRO_ATTRIBUTES, factsSchema, valueSchemas } from './attributes.ts';
import { checkSourceKeys, fact, sourceMap } from './fact.ts';
import type { RefSchemas } from './refs.ts';

export function distroSchema(refs: RefSchemas) {
  return z
    .strictObject({
      /** Full name as the project writes it. */
      title: z.string().min(2),
      /** Name for narrow places: matrix headers, chips. */
      shortName: z.string().min(2).max(22),
      /** One sentence: what it is and who makes it. Cards and meta description. */
      summary: z.string().min(40).max(240),
      homepage: z.url({ protocol: /^https?$/ }),
      /** Former and informal names; search finds the page by them. */
      aliases: z.array(z.string()).default([]),
      /** A general-purpose OS kept as a baseline for comparison, not a container OS. */
      baseline: z.boolean().default(false),
      /** Old slugs that must keep working; each becomes a redirect. */
      redirectFrom: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
      sources: sourceMap,
      /**
       * OSes on this site that this one was forked from or is built on, as a
       * sourced fact; /timeline/ draws them as lineage. Not a matrix row: the
       * `base` fact says the same in words for every OS.
       */
      derivedFrom: fact(valueSchemas(refs)['distro-refs'], refs.concept).optional(),
      facts: factsSchema(DISTRO_ATTRIBUTES, refs),
    })
    .check((ctx) => checkSourceKeys(ctx.value, ctx.issues));
}

export type DistroData = z.output<ReturnType<typeof distroSchema>>;
