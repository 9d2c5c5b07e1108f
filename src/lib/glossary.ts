/** The A–Z glossary: one entry per concept, its definition shared with tooltips. */
import type { Concept } from '../schemas/entries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { letterOf, titleOrder } from './title-order.ts';

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  aliases: string[];
}

export interface GlossaryLetter {
  letter: string;
  entries: GlossaryEntry[];
}

export function buildGlossary(concepts: Concept[], locale: Locale = DEFAULT_LOCALE): GlossaryLetter[] {
  const order = titleOrder(locale);
  const entries = concepts
    .map((c) => ({ id: c.id, term: c.data.title, definition: c.data.definition, aliases: c.data.aliases }))
    .sort((a, b) => order(a.term, b.term));
  const letters = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const letter = letterOf(e.term);
    letters.set(letter, [...(letters.get(letter) ?? []), e]);
  }
  // '#' (digits, symbols) first, then the letters.
  return [...letters]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, entries: list }));
}
