/**
 * "Which OSes use this concept", derived from OS facts: a distro uses a
 * concept when any of its facts holds it as a value (e.g. defaultRuntime) or
 * lists it under `concepts`. Nothing is typed twice.
 */
import type { AttributeDef } from './attributes.ts';
import type { Distro, Fact, Ref } from './types.ts';

export interface ConceptUse {
  distro: Distro;
  /** Labels of the attributes through which the OS uses it, e.g. ["Default OCI runtime"]. */
  via: string[];
}

function conceptsOf(fact: Fact): Ref[] {
  const inValue = Array.isArray(fact.value) ? (fact.value as unknown[]).filter((v): v is Ref => typeof v === 'object' && v !== null && (v as Ref).collection === 'concepts') : [];
  return [...inValue, ...fact.concepts];
}

export function distrosUsing(conceptId: string, distros: Distro[], attributes: AttributeDef[]): ConceptUse[] {
  return distros
    .map((distro) => ({
      distro,
      via: attributes.filter((a) => {
        const fact = distro.data.facts[a.id];
        return fact ? conceptsOf(fact).some((r) => r.id === conceptId) : false;
      }).map((a) => a.label),
    }))
    .filter((use) => use.via.length > 0)
    .sort((a, b) => a.distro.data.shortName.localeCompare(b.distro.data.shortName, 'en'));
}

/** The reverse view, for an OS page: every concept its facts involve, once. */
export function conceptsUsedBy(distro: Distro): string[] {
  const ids = Object.values(distro.data.facts).flatMap((f) => conceptsOf(f).map((r) => r.id));
  return [...new Set(ids)].sort();
}

/**
 * The runtime matrix's "shipped by default on" row: for each runtime or
 * engine, the OSes whose default-runtime facts name it. Derived, so its
 * sources are those of the OS facts it comes from.
 */
export function shippedBy(conceptId: string, distros: Distro[]): Distro[] {
  return distros
    .filter((d) => ['defaultRuntime', 'ociRuntime'].some((a) => {
      const v = d.data.facts[a]?.value;
      return Array.isArray(v) && (v as Ref[]).some((r) => r.id === conceptId);
    }))
    .sort((a, b) => a.data.shortName.localeCompare(b.data.shortName, 'en'));
}
