/** The /distros/ listing: one card per OS and the facets it can be filtered by. */
import { DISTRO_ATTRIBUTES, type ValueKind } from '../schemas/attributes.ts';
import type { Distro } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import { isRef } from '../schemas/refs.ts';
import { buildFacets, type Facet, type FacetValues } from './facets.ts';
import { presentValue, type Resolve, type ValueView } from './present.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

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

export function distroCard(distro: Distro, resolve: Resolve, locale: Locale = DEFAULT_LOCALE): DistroCard {
  const f = distro.data.facts;
  const show = (id: 'status' | 'maintainer' | 'updateModel' | 'defaultRuntime') =>
    presentValue(DISTRO_ATTRIBUTES[id].kind, f[id].value, resolve, locale);
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

const ENGLISH_FACETS = {
  status: 'Status',
  update: 'Update model',
  runtime: 'Default runtime',
  platform: 'Platform',
  cgroup: 'cgroup mode',
};

/** `names`: each facet's name in the page's language. */
export function distroFacets(
  cards: DistroCard[],
  resolve: Resolve,
  names: typeof ENGLISH_FACETS = ENGLISH_FACETS,
  locale: Locale = DEFAULT_LOCALE,
): Facet[] {
  const label = (kind: ValueKind, value: unknown) => presentValue(kind, value, resolve, locale).text;
  return buildFacets(
    [
      { key: 'status', label: names.status, labelOf: (v) => label('status', v) },
      { key: 'update', label: names.update, labelOf: (v) => label('update-model', v) },
      {
        key: 'runtime',
        label: names.runtime,
        labelOf: (v) => label('concept-refs', [{ collection: 'concepts', id: v }]),
      },
      { key: 'platform', label: names.platform, labelOf: (v) => label('platforms', [v]) },
      { key: 'cgroup', label: names.cgroup, labelOf: (v) => label('cgroup-mode', v) },
    ],
    cards.map((c) => c.facets),
  );
}
