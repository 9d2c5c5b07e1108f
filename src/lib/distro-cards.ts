/** The /distros/ listing: one card per OS and the facets it can be filtered by. */
import { PLATFORM, STATUS, UPDATE_MODEL } from '../schemas/vocab.ts';
import type { Resolve } from './cells.ts';
import { buildFacets, type Facet, type FacetValues } from './facets.ts';
import type { Distro, Ref } from './types.ts';

export interface DistroCard {
  id: string;
  title: string;
  summary: string;
  baseline: boolean;
  status: string;
  maintainer: string;
  updateModel: string;
  runtimes: string;
  facets: FacetValues;
}

const known = (v: unknown) => v !== 'unknown' && v !== 'not-applicable';
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : (x as Ref).id)) : known(v) ? [String(v)] : []);

export function distroCard(distro: Distro, resolve: Resolve): DistroCard {
  const f = distro.data.facts;
  const runtimeRefs = Array.isArray(f['defaultRuntime']?.value) ? (f['defaultRuntime']!.value as Ref[]) : [];
  return {
    id: distro.id,
    title: distro.data.title,
    summary: distro.data.summary,
    baseline: distro.data.baseline,
    status: String(f['status']?.value),
    maintainer: String(f['maintainer']?.value),
    updateModel: UPDATE_MODEL[f['updateModel']?.value as keyof typeof UPDATE_MODEL] ?? String(f['updateModel']?.value),
    runtimes: runtimeRefs.map((r) => resolve(r).text).join(', ') || 'None',
    facets: {
      status: listOf(f['status']?.value),
      update: listOf(f['updateModel']?.value),
      runtime: listOf(f['defaultRuntime']?.value),
      platform: listOf(f['platforms']?.value),
    },
  };
}

export function distroFacets(cards: DistroCard[], runtimeName: (id: string) => string): Facet[] {
  return buildFacets(
    [
      { key: 'status', label: 'Status', labelOf: (v) => STATUS[v as keyof typeof STATUS] ?? v },
      { key: 'update', label: 'Update model', labelOf: (v) => UPDATE_MODEL[v as keyof typeof UPDATE_MODEL] ?? v },
      { key: 'runtime', label: 'Default runtime', labelOf: runtimeName },
      { key: 'platform', label: 'Platform', labelOf: (v) => PLATFORM[v as keyof typeof PLATFORM] ?? v },
    ],
    cards.map((c) => c.facets),
  );
}
