/**
 * Link-preview cards: what the 1200×630 image of each page shows, and the
 * sentence that describes it (og:image:alt). Pure: the renderer in
 * src/integrations/og-render.ts draws a card, the layout only passes one on.
 * Every fact shown goes through present.ts, as on the page itself.
 */
import { DISTRO_ATTRIBUTES } from '../schemas/attributes.ts';
import type { Concept, Distro } from '../schemas/entries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/ui.ts';
import { vocabulary } from '../i18n/vocab.ts';
import { attributeLabel } from '../i18n/attributes.ts';
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

export type OgCard = (
  | { kind: 'os'; title: string; status: { text: string; tone: Tone }; facts: CardFact[] }
  | { kind: 'concept'; title: string; layer: string; definition: string }
  | { kind: 'pair'; a: string; b: string; differ: number; total: number; differences: CardDifference[] }
  | { kind: 'page'; title: string; description: string }
) & {
  /** The language of the card's own words (its labels); English when left out. */
  locale?: Locale;
};

/** Cuts at a word boundary so a long value never runs off the card; the page has the whole text. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The four facts a reader checks first, in this order. */
const OS_FACTS = ['updateModel', 'defaultRuntime', 'maintainer', 'firstRelease'] as const;

export function distroCard(distro: Distro, resolve: Resolve, locale: Locale = DEFAULT_LOCALE): OgCard {
  const d = distro.data;
  const status = presentValue('status', d.facts.status.value, resolve, locale);
  return {
    kind: 'os',
    locale,
    title: clip(d.title, 80),
    status: { text: status.text, tone: status.tone },
    facts: OS_FACTS.map((id) => {
      const attribute = DISTRO_ATTRIBUTES[id];
      return {
        label: attributeLabel(id, attribute.label, locale),
        value: clip(presentValue(attribute.kind, d.facts[id].value, resolve, locale).text, 44),
      };
    }),
  };
}

export function conceptCard(concept: Concept, locale: Locale = DEFAULT_LOCALE): OgCard {
  const c = concept.data;
  return {
    kind: 'concept',
    locale,
    title: clip(c.title, 80),
    layer: vocabulary(locale).LAYER[c.layer].label,
    definition: clip(c.definition, 200),
  };
}

/** Both names in URL order, and the first few attributes on which the matrix shows different words. */
export function pairCard(a: Distro, b: Distro, matrix: Matrix, locale: Locale = DEFAULT_LOCALE, shown = 4): OgCard {
  const col = (id: string) => matrix.columns.findIndex((c) => c.id === id);
  const [ia, ib] = [col(a.id), col(b.id)];
  const differing = rowsThatDiffer(matrix);
  return {
    kind: 'pair',
    locale,
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

export function pageCard(title: string, description: string, locale: Locale = DEFAULT_LOCALE): OgCard {
  return { kind: 'page', locale, title: clip(title, 70), description: clip(description, 200) };
}

/** The words a card draws besides its content, in its language. */
export function cardWords(card: OgCard) {
  const w = messages(card.locale ?? DEFAULT_LOCALE).card;
  switch (card.kind) {
    case 'os':
      return { kind: w.kind.os, note: '' };
    case 'concept':
      return { kind: w.kind.concept, note: w.layer(card.layer) };
    case 'pair':
      return { kind: w.kind.pair, note: card.differ === 0 ? w.same(card.total) : w.differ(card.differ, card.total) };
    case 'page':
      return { kind: '', note: '' };
  }
}

/** og:image:alt: one sentence saying what the image shows, short enough to add little to every page. */
export function cardAlt(card: OgCard): string {
  const w = messages(card.locale ?? DEFAULT_LOCALE).card;
  const labels = (items: string[]) => w.list(items.map(w.inSentence));
  switch (card.kind) {
    case 'os':
      return w.osAlt(card.title, card.status.text, labels(card.facts.map((f) => f.label)));
    case 'concept':
      return w.conceptAlt(card.title, card.layer);
    case 'pair':
      return card.differ === 0
        ? w.pairSameAlt(card.a, card.b, card.total)
        : w.pairAlt(card.a, card.b, card.differ, card.total, labels(card.differences.map((d) => d.label)));
    case 'page':
      return w.pageAlt(card.title);
  }
}

/** Every character a card draws: the renderer picks font subsets that cover them. */
export function cardText(card: OgCard): string {
  const { kind, note } = cardWords(card);
  return [kind, note, content(card)].filter(Boolean).join(' ');
}

function content(card: OgCard): string {
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
