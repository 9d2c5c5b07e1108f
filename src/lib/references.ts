/**
 * Astro only logs a reference to a missing entry and carries on; this check
 * turns each one into a build error that names the file and the field.
 */
import type { Concept, Distro, Entry, Ref } from '../schemas/entries.ts';
import { isRef } from '../schemas/refs.ts';

export interface DanglingReference {
  file: string;
  field: string;
  target: Ref;
}

function* refsIn(value: unknown, path: string): Generator<[string, Ref]> {
  if (isRef(value)) {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* refsIn(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* refsIn(v, path ? `${path}.${k}` : k);
  }
}

/** `others`: entries of further collections (the change log) whose references point at OSes and concepts. */
export function findDanglingReferences(
  distros: Distro[],
  concepts: Concept[],
  others: Entry<unknown>[] = [],
): DanglingReference[] {
  const known = new Set([...distros.map((d) => `distros/${d.id}`), ...concepts.map((c) => `concepts/${c.id}`)]);
  const found: DanglingReference[] = [];
  for (const entry of [...distros, ...concepts, ...others]) {
    for (const [field, target] of refsIn(entry.data, '')) {
      if (!known.has(`${target.collection}/${target.id}`))
        found.push({ file: entry.filePath ?? entry.id, field, target });
    }
  }
  return found;
}

export function describeDangling(d: DanglingReference): string {
  const kind = d.target.collection === 'distros' ? 'OS' : 'concept';
  return `${d.file}: ${d.field} refers to ${kind} "${d.target.id}", but content/${d.target.collection}/${d.target.id}.mdx does not exist`;
}
