/**
 * One entry of the change log: `content/changes/<id>.yaml`. The file name is
 * the entry's id and its anchor on /changes/, so it must never be renamed once
 * published. Every entry names at least one OS or concept and at least one source.
 */
import { z } from 'astro/zod';
import { source } from './fact.ts';
import type { RefSchemas } from './refs.ts';
import { CHANGE_KIND, keysOf } from './vocab.ts';

export function changeSchema(refs: RefSchemas) {
  return z
    .strictObject({
      /** The day it happened (a release tag, a merge, an announcement), not the day it was written up. */
      date: z.preprocess(
        (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
        z.iso.date({ error: 'expected the day of the event, as YYYY-MM-DD' }),
      ),
      kind: z.enum(keysOf(CHANGE_KIND)),
      title: z.string().min(8).max(110),
      /** One or two plain sentences in the atlas's own words. */
      summary: z.string().min(40).max(360),
      distros: z.array(refs.distro).default([]),
      concepts: z.array(refs.concept).default([]),
      sources: z.array(source).min(1, { error: 'every change needs at least one source' }),
    })
    .check((ctx) => {
      if (ctx.value.distros.length + ctx.value.concepts.length === 0) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['distros'],
          message: 'a change must name at least one OS (distros) or concept (concepts)',
        });
      }
    });
}

export type ChangeData = z.output<ReturnType<typeof changeSchema>>;
