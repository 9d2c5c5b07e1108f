import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { distroSchema } from './schemas/distro.ts';
import { conceptSchema } from './schemas/concept.ts';

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

export const collections = { distros, concepts };
