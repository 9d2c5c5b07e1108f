/** Concepts grouped by stack layer, in LAYER order (top of the stack first). */
import type { Concept } from '../schemas/entries.ts';
import { LAYER, keysOf, type Layer } from '../schemas/vocab.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { titleOrder } from './title-order.ts';

export interface LayerGroup {
  layer: Layer;
  label: string;
  concepts: Concept[];
}

/** `labels`: the layers' words in the page's language (src/i18n/vocab.ts); English by default. */
export function groupByLayer(
  concepts: Concept[],
  labels: { readonly [L in Layer]: { label: string } } = LAYER,
  locale: Locale = DEFAULT_LOCALE,
): LayerGroup[] {
  const order = titleOrder(locale);
  return keysOf(LAYER)
    .map((layer) => ({
      layer,
      label: labels[layer].label,
      concepts: concepts.filter((c) => c.data.layer === layer).sort((a, b) => order(a.data.title, b.data.title)),
    }))
    .filter((g) => g.concepts.length > 0);
}
