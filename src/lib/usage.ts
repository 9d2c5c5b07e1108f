/**
 * "Which OSes use this concept", derived from OS facts: a distro uses a
 * concept when any of its facts holds it as a value (e.g. defaultRuntime) or
 * lists it under `concepts`. Nothing is typed twice.
 */
import type { Attribute } from '../schemas/attributes.ts';
import type { AnyFact, Distro, Ref } from '../schemas/entries.ts';
import { isRef } from '../schemas/refs.ts';
import type { MatrixColumn, MatrixRow } from './matrix.ts';
import { presentValue, type Resolve } from './present.ts';
import { en, type Messages } from '../i18n/messages/en.ts';

export interface ConceptUse {
  distro: Distro;
  /** Labels of the attributes through which the OS uses it, e.g. ["Default OCI runtime"]. */
  via: string[];
}

const byShortName = (a: Distro, b: Distro) => a.data.shortName.localeCompare(b.data.shortName, 'en');

/** The refs a list-of-references value holds; none for placeholders. */
export const refsIn = (value: unknown): Ref[] => (Array.isArray(value) ? value.filter(isRef) : []);

function conceptsOf(fact: AnyFact): Ref[] {
  return [...refsIn(fact.value).filter((r) => r.collection === 'concepts'), ...fact.concepts];
}

const factsOf = (distro: Distro): Record<string, AnyFact | undefined> => distro.data.facts;

export function distrosUsing(conceptId: string, distros: Distro[], attributes: Attribute[]): ConceptUse[] {
  return distros
    .map((distro) => ({
      distro,
      via: attributes
        .filter((a) => {
          const fact = factsOf(distro)[a.id];
          return fact ? conceptsOf(fact).some((r) => r.id === conceptId) : false;
        })
        .map((a) => a.label),
    }))
    .filter((use) => use.via.length > 0)
    .sort((a, b) => byShortName(a.distro, b.distro));
}

/** The reverse view, for an OS page: every concept its facts involve, once. */
export function conceptsUsedBy(distro: Distro): string[] {
  const facts = Object.values(factsOf(distro)).filter((f) => f !== undefined);
  return [...new Set(facts.flatMap((f) => conceptsOf(f).map((r) => r.id)))].sort();
}

/** OSes whose default engine or OCI runtime is this concept. */
export function shippedBy(conceptId: string, distros: Distro[]): Distro[] {
  return distros
    .filter((d) =>
      [d.data.facts.defaultRuntime.value, d.data.facts.ociRuntime.value].some((v) =>
        refsIn(v).some((r) => r.id === conceptId),
      ),
    )
    .sort(byShortName);
}

/** The derived row's words; a page in another language passes its own. */
export type ShippedByWords = Messages['compare']['shippedBy'];

/**
 * The runtime matrix's "Default on" row: for each runtime or engine, the OSes
 * whose default-runtime facts name it. Derived, so its sources are those of
 * the OS facts it comes from, cited on the OS pages.
 */
export function shippedByRow(
  columns: MatrixColumn[],
  distros: Distro[],
  resolve: Resolve,
  words: ShippedByWords = en.compare.shippedBy,
): MatrixRow {
  const { none, ...attribute } = words;
  return {
    id: 'shipped-by',
    attribute: { id: 'shippedBy', kind: 'distro-refs', ...attribute } satisfies Attribute,
    cells: columns.map((col) => {
      const users = shippedBy(col.id, distros).map((d): Ref => ({ collection: 'distros', id: d.id }));
      const shown = presentValue('distro-refs', users, resolve);
      return {
        ...shown,
        text: users.length ? shown.text : none,
        sources: [],
        sortKey: String(users.length).padStart(3, '0'),
        verified: undefined,
      };
    }),
  };
}
