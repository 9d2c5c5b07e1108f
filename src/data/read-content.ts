/**
 * Reads content/ outside Astro (scripts, tests), through the same schemas the
 * collections use, into the entry shapes src/lib works on. References are
 * not checked here; the build does that (src/lib/references.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { conceptSchema } from '../schemas/concept.ts';
import { distroSchema } from '../schemas/distro.ts';
import type { Concept, Distro } from '../schemas/entries.ts';
import { plainRefs } from '../schemas/refs.ts';
import { validateFrontmatter } from '../schemas/validate.ts';

const root = join(import.meta.dirname, '../../content');

function read<S extends Parameters<typeof validateFrontmatter>[2]>(kind: string, schema: S) {
  return readdirSync(join(root, kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const filePath = `content/${kind}/${f}`;
      const data = validateFrontmatter(filePath, readFileSync(join(root, kind, f), 'utf8'), schema);
      return { id: f.slice(0, -'.mdx'.length), filePath, data };
    });
}

export const readDistros = (): Distro[] => read('distros', distroSchema(plainRefs));
export const readConcepts = (): Concept[] => read('concepts', conceptSchema(plainRefs));
