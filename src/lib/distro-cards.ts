/** The /distros/ listing: one card per OS and the facets it can be filtered by. */
import { DISTRO_ATTRIBUTES, type ValueKind } from '../schemas/attributes.ts';
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { isRef } from '../schemas/refs.ts';
import { buildFacets, type Facet, type FacetValues } from './facets.ts';
import { presentValue, type Resolve, type ValueView } from './present.ts';

export interface DistroCard {
  id: string;
  title: string;
  summary: string;
  baseline: boolean;
  status: ValueView;
  maintainer: ValueView;
  updateModel: ValueView;
  runtimes: ValueView;
  facets: FacetValues;
}

/** The values a fact offers to a facet: ids of references, vocabulary keys; none for placeholders. */
function facetValues(value: unknown): string[] {
  if (isPlaceholder(value)) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (isRef(v) ? v.id : String(v)));
}

export function distroCard(distro: Distro, resolve: Resolve): DistroCard {
  const f = distro.data.facts;
  const show = (id: 'status' | 'maintainer' | 'updateModel' | 'defaultRuntime') =>
    presentValue(DISTRO_ATTRIBUTES[id].kind, f[id].value, resolve);
  return {
    id: distro.id,
    title: distro.data.title,
    summary: distro.data.summary,
    baseline: distro.data.baseline,
    status: show('status'),
    maintainer: show('maintainer'),
    updateModel: show('updateModel'),
    runtimes: show('defaultRuntime'),
    facets: {
      status: facetValues(f.status.value),
      update: facetValues(f.updateModel.value),
      runtime: facetValues(f.defaultRuntime.value),
      platform: facetValues(f.platforms.value),
      cgroup: facetValues(f.cgroupMode.value),
    },
  };
}

export function distroFacets(cards: DistroCard[], resolve: Resolve): Facet[] {
  const label = (kind: ValueKind, value: unknown) => presentValue(kind, value, resolve).text;
  return buildFacets(
    [
      { key: 'status', label: 'Status', labelOf: (v) => label('status', v) },
      { key: 'update', label: 'Update model', labelOf: (v) => label('update-model', v) },
      {
        key: 'runtime',
        label: 'Default runtime',
        labelOf: (v) => label('concept-refs', [{ collection: 'concepts', id: v }]),
      },
      { key: 'platform', label: 'Platform', labelOf: (v) => label('platforms', [v]) },
      { key: 'cgroup', label: 'cgroup mode', labelOf: (v) => label('cgroup-mode', v) },
    ],
    cards.map((c) => c.facets),
  );
}
