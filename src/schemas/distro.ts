/**
 * Frontmatter of `content/distros/<slug>.mdx`: one container OS. Every key in
 * `facts` is a matrix attribute (see src/lib/attributes.ts for how each is shown).
 */
import { z } from 'astro/zod';
import { fact, partialDate, sourceMap, supportLevel, checkSourceKeys } from './fact.ts';
import { ARCHITECTURE, CGROUP_MODE, PLATFORM, STATUS, UPDATE_MODEL, keysOf } from './vocab.ts';

export function distroSchema(refs: { distro: z.ZodType; concept: z.ZodType }) {
  const f = <T extends z.ZodType>(value: T) => fact(value, refs.concept);
  const text = z.string().min(1);
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
      facts: z.strictObject({
        maintainer: f(text),
        status: f(z.enum(keysOf(STATUS))),
        firstRelease: f(partialDate),
        endOfLife: f(z.union([z.literal('none'), partialDate])),
        successors: f(z.array(refs.distro)),
        base: f(text),
        initSystem: f(text),
        packageManager: f(text),
        updateModel: f(z.enum(keysOf(UPDATE_MODEL))),
        rollback: f(supportLevel),
        updateOrchestration: f(text),
        readOnlyRoot: f(supportLevel),
        integrity: f(supportLevel),
        /** Engines / CRI implementations that run containers out of the box. */
        defaultRuntime: f(z.array(refs.concept).min(1)),
        /** The low-level OCI runtime those engines call by default. */
        ociRuntime: f(z.array(refs.concept).min(1)),
        kubernetes: f(text),
        provisioning: f(text),
        remoteAccess: f(text),
        mac: f(text),
        secureBoot: f(supportLevel),
        platforms: f(z.array(z.enum(keysOf(PLATFORM))).min(1)),
        architectures: f(z.array(z.enum(keysOf(ARCHITECTURE))).min(1)),
        license: f(text),
        /** The cgroup hierarchy it boots with by default; the note names the version that switched. */
        cgroupMode: f(z.enum(keysOf(CGROUP_MODE))).optional(),
        /** The kernel line shipped, e.g. "6.12 LTS", as of the sources' checked date. */
        kernel: f(text).optional(),
      }),
    })
    .check((ctx) => checkSourceKeys(ctx.value, ctx.issues));
}
