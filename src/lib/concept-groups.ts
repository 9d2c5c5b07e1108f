/** Concepts grouped by stack layer, in LAYER order (top of the stack first). */
import type { Concept } from '../schemas/entries.ts';
import { LAYER, keysOf, type Layer } from '../schemas/vocab.ts';

export interface LayerGroup {
  layer: Layer;
  label: string;
  concepts: Concept[];
}

export function groupByLayer(concepts: Concept[]): LayerGroup[] {
  return keysOf(LAYER)
    .map((layer) => ({
      layer,
      label: LAYER[layer].label,
      concepts: concepts
        .filter((c) => c.data.layer === layer)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((g) => g.concepts.length > 0);
}
