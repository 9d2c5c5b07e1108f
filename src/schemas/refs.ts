/**
 * What a frontmatter reference to another entry becomes once validated. In
 * the build, Astro's `reference()` produces it; unit tests and the glossary
 * plugin, which run outside Astro, use `plainRefs`, which has the same output
 * shape. Whether the target exists is checked afterwards, against the whole
 * collection (src/lib/references.ts).
 */
import { z } from 'astro/zod';

export type Collection = 'distros' | 'concepts';

export interface Ref<C extends Collection = Collection> {
  collection: C;
  id: string;
}

export type RefSchema<C extends Collection> = z.ZodType<Ref<C>, string>;

export interface RefSchemas {
  distro: RefSchema<'distros'>;
  concept: RefSchema<'concepts'>;
}

const refTo =
  <C extends Collection>(collection: C) =>
  (id: string): Ref<C> => ({ collection, id });

export const plainRefs: RefSchemas = {
  distro: z.string().transform(refTo('distros')),
  concept: z.string().transform(refTo('concepts')),
};

export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object') return false;
  const { collection, id } = value as Partial<Record<string, unknown>>;
  return (
    (collection === 'distros' || collection === 'concepts') && typeof id === 'string' && Object.keys(value).length === 2
  );
}
