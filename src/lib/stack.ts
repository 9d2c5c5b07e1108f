/**
 * The container stack for /stack/: the layers of LAYER top to bottom, each
 * with its concepts, and OS mechanisms beside them; plus what each OS ships.
 */
import type { Concept, Distro } from '../schemas/entries.ts';
import { LAYER, keysOf, type Layer } from '../schemas/vocab.ts';
import { conceptsUsedBy, refsIn } from './usage.ts';

export interface StackLayer {
  id: Layer;
  label: string;
  role: string;
  concepts: Concept[];
}

/** Current concepts first, then historical ones; by short name within each. */
const currentFirstByName = (a: Concept, b: Concept) =>
  Number(a.data.historical) - Number(b.data.historical) || a.data.shortName.localeCompare(b.data.shortName, 'en');

export function buildStack(concepts: Concept[]): { layers: StackLayer[]; beside: StackLayer } {
  const layer = (id: Layer): StackLayer => ({
    id,
    ...LAYER[id],
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

export function stackSummary(s: OsStack, name: (id: string) => string): string {
  if (!s.engines.length) return `${s.name} ships no container engine by default.`;
  const runtimes = s.ociRuntimes.length ? ` with ${s.ociRuntimes.map(name).join(' or ')}` : '';
  return `${s.name} ships ${s.engines.map(name).join(' and ')}${runtimes}.`;
}
