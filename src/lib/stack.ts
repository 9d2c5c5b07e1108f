/**
 * The container stack for /stack/: the layers of LAYER top to bottom, each
 * with its concepts, and OS mechanisms beside them; plus what each OS ships.
 */
import type { Concept, Distro } from '../schemas/entries.ts';
import { LAYER, keysOf, type Layer } from '../schemas/vocab.ts';
import { conceptsUsedBy, refsIn } from './usage.ts';
import { en, type Messages } from '../i18n/messages/en.ts';

export interface StackLayer {
  id: Layer;
  label: string;
  role: string;
  concepts: Concept[];
}

/** Current concepts first, then historical ones; by short name within each. */
const currentFirstByName = (a: Concept, b: Concept) =>
  Number(a.data.historical) - Number(b.data.historical) || a.data.shortName.localeCompare(b.data.shortName, 'en');

/** `labels`: the layers' words in the page's language (src/i18n/vocab.ts); English by default. */
export function buildStack(
  concepts: Concept[],
  labels: { readonly [L in Layer]: { label: string; role: string } } = LAYER,
): { layers: StackLayer[]; beside: StackLayer } {
  const layer = (id: Layer): StackLayer => ({
    id,
    ...labels[id],
    concepts: concepts.filter((c) => c.data.layer === id).sort(currentFirstByName),
  });
  return {
    layers: keysOf(LAYER)
      .filter((id) => id !== 'os')
      .map(layer),
    beside: layer('os'),
  };
}

export interface OsStack {
  id: string;
  name: string;
  engines: string[];
  ociRuntimes: string[];
  /** Every concept the OS's facts involve: what /stack/ lights up for it. */
  concepts: string[];
}

export function osStack(distro: Distro): OsStack {
  const { defaultRuntime, ociRuntime } = distro.data.facts;
  return {
    id: distro.id,
    name: distro.data.shortName,
    engines: refsIn(defaultRuntime.value).map((r) => r.id),
    ociRuntimes: refsIn(ociRuntime.value).map((r) => r.id),
    concepts: conceptsUsedBy(distro),
  };
}

/** How a summary is worded, in the page's language (src/i18n/messages). */
export type StackWords = Messages['stack']['summary'];

export function stackSummary(s: OsStack, name: (id: string) => string, words: StackWords = en.stack.summary): string {
  if (!s.engines.length) return words.none(s.name);
  return words.ships(s.name, s.engines.map(name), s.ociRuntimes.map(name));
}
