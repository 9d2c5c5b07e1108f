/** The A–Z glossary: one entry per concept, its definition shared with tooltips. */
import type { Concept } from '../schemas/entries.ts';

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

export function buildGlossary(concepts: Concept[]): GlossaryLetter[] {
  const entries = concepts
    .map((c) => ({ id: c.id, term: c.data.title, definition: c.data.definition, aliases: c.data.aliases }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const letters = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const first = e.term[0]!.toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    letters.set(letter, [...(letters.get(letter) ?? []), e]);
  }
  return [...letters].map(([letter, list]) => ({ letter, entries: list }));
}
