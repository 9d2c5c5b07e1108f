/** Concepts grouped by stack layer, in LAYER order (top of the stack first). */
import { LAYER } from '../schemas/vocab.ts';
import type { Concept } from './types.ts';

export interface LayerGroup {
  layer: keyof typeof LAYER;
  label: string;
  concepts: Concept[];
}

export function groupByLayer(concepts: Concept[]): LayerGroup[] {
  return (Object.keys(LAYER) as (keyof typeof LAYER)[])
    .map((layer) => ({
      layer,
      label: LAYER[layer],
      concepts: concepts.filter((c) => c.data.layer === layer).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((g) => g.concepts.length > 0);
}
