import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { distroSchema } from './schemas/distro.ts';
import { conceptSchema } from './schemas/concept.ts';
import { changeSchema } from './schemas/change.ts';
import { changeTranslationSchema, conceptTranslationSchema, distroTranslationSchema } from './schemas/translation.ts';

/** Tests point this at a fixture tree to prove bad content fails the build. */
const root = process.env.ATLAS_CONTENT_DIR ?? './content';

const refs = { distro: reference('distros'), concept: reference('concepts') };

const distros = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/distros` }),
  schema: distroSchema(refs),
});

const concepts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/concepts` }),
  schema: conceptSchema(refs),
});

/** The change log: one YAML file per event; the file name is the entry's anchor on /changes/. */
const changes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/changes` }),
  schema: changeSchema(refs),
});

/**
 * Chinese words for the English pages (docs/TRANSLATING.md): prose, notes and
 * labels only; every fact stays in the English file. src/data/atlas.ts checks
 * each against its source.
 */
const zhDistros = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/zh/distros` }),
  schema: distroTranslationSchema,
});

const zhConcepts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/zh/concepts` }),
  schema: conceptTranslationSchema,
});

const zhChanges = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/zh/changes` }),
  schema: changeTranslationSchema,
});

export const collections = { distros, concepts, changes, zhDistros, zhConcepts, zhChanges };
