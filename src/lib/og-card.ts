/**
 * Link-preview cards: what the 1200×630 image of each page shows, and the
 * sentence that describes it (og:image:alt). Pure: the renderer in
 * src/integrations/og-render.ts draws a card, the layout only passes one on.
 * Every fact shown goes through present.ts, as on the page itself.
 */
import { DISTRO_ATTRIBUTES } from '../schemas/attributes.ts';
import type { Concept, Distro } from '../schemas/entries.ts';
import { LAYER } from '../schemas/vocab.ts';
import type { Matrix } from './matrix.ts';
import { rowsThatDiffer } from './matrix.ts';
import { presentValue, type Resolve, type Tone } from './present.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface CardFact {
  label: string;
  value: string;
}

export interface CardDifference {
  label: string;
  a: string;
  b: string;
}

export type OgCard =
  | { kind: 'os'; title: string; status: { text: string; tone: Tone }; facts: CardFact[] }
  | { kind: 'concept'; title: string; layer: string; definition: string }
  | { kind: 'pair'; a: string; b: string; differ: number; total: number; differences: CardDifference[] }
  | { kind: 'page'; title: string; description: string };

/** Cuts at a word boundary so a long value never runs off the card; the page has the whole text. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The four facts a reader checks first, in this order. */
const OS_FACTS = ['updateModel', 'defaultRuntime', 'maintainer', 'firstRelease'] as const;

export function distroCard(distro: Distro, resolve: Resolve): OgCard {
  const d = distro.data;
  const status = presentValue('status', d.facts.status.value, resolve);
  return {
    kind: 'os',
    title: clip(d.title, 80),
    status: { text: status.text, tone: status.tone },
    facts: OS_FACTS.map((id) => {
      const attribute = DISTRO_ATTRIBUTES[id];
      return { label: attribute.label, value: clip(presentValue(attribute.kind, d.facts[id].value, resolve).text, 44) };
    }),
  };
}

export function conceptCard(concept: Concept): OgCard {
  const c = concept.data;
  return {
    kind: 'concept',
    title: clip(c.title, 80),
    layer: LAYER[c.layer].label,
    definition: clip(c.definition, 200),
  };
}

/** Both names in URL order, and the first few attributes on which the matrix shows different words. */
export function pairCard(a: Distro, b: Distro, matrix: Matrix, shown = 4): OgCard {
  const col = (id: string) => matrix.columns.findIndex((c) => c.id === id);
  const [ia, ib] = [col(a.id), col(b.id)];
  const differing = rowsThatDiffer(matrix);
  return {
    kind: 'pair',
    a: a.data.shortName,
    b: b.data.shortName,
    differ: differing.length,
    total: matrix.rows.length,
    differences: differing.slice(0, shown).map((row) => ({
      label: row.attribute.label,
      a: clip(row.cells[ia]!.text, 34),
      b: clip(row.cells[ib]!.text, 34),
    })),
  };
}

export function pageCard(title: string, description: string): OgCard {
  return { kind: 'page', title: clip(title, 70), description: clip(description, 200) };
}

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** og:image:alt: one sentence saying what the image shows, short enough to add little to every page. */
export function cardAlt(card: OgCard): string {
  switch (card.kind) {
    case 'os':
      return `Container Atlas card for ${card.title}: status ${card.status.text}, with its ${list(card.facts.map((f) => f.label.toLowerCase()))}.`;
    case 'concept':
      return `Container Atlas card for the concept ${card.title}, in the ${card.layer} layer, with its one-line definition.`;
    case 'pair':
      return card.differ === 0
        ? `Container Atlas card comparing ${card.a} and ${card.b}, which show the same values on all ${card.total} attributes.`
        : `Container Atlas card comparing ${card.a} and ${card.b}: they differ on ${card.differ} of ${card.total} attributes, including ${list(card.differences.map((d) => d.label.toLowerCase()))}.`;
    case 'page':
      return `Container Atlas card with the page title “${card.title}” and its description.`;
  }
}

/** Every character a card draws: the renderer picks font subsets that cover them. */
export function cardText(card: OgCard): string {
  switch (card.kind) {
    case 'os':
      return [card.title, card.status.text, ...card.facts.flatMap((f) => [f.label, f.value])].join(' ');
    case 'concept':
      return [card.title, card.layer, card.definition].join(' ');
    case 'pair':
      return [card.a, card.b, ...card.differences.flatMap((d) => [d.label, d.a, d.b])].join(' ');
    case 'page':
      return [card.title, card.description].join(' ');
  }
}
