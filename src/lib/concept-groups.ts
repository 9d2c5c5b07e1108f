/** Concepts grouped by stack layer, in LAYER order (top of the stack first). */
import type { Concept } from '../schemas/entries.ts';
import { LAYER, keysOf, type Layer } from '../schemas/vocab.ts';

export interface LayerGroup {
  layer: Layer;
  label: string;
  concepts: Concept[];
}

/** `labels`: the layers' words in the page's language (src/i18n/vocab.ts); English by default. */
export function groupByLayer(
  concepts: Concept[],
  labels: { readonly [L in Layer]: { label: string } } = LAYER,
): LayerGroup[] {
  return keysOf(LAYER)
    .map((layer) => ({
      layer,
      label: labels[layer].label,
      concepts: concepts
        .filter((c) => c.data.layer === layer)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((g) => g.concepts.length > 0);
}
