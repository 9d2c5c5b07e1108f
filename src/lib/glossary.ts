/** The A–Z glossary: one entry per concept, its definition shared with tooltips. */
import type { Concept } from '../schemas/entries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

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

/** Chinese terms file under the Latin letter their pinyin starts with, as Chinese dictionaries do. */
const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin', { sensitivity: 'base' });
/**
 * The first character, in pinyin order, of each initial (I, U and V begin no syllable): a term
 * belongs under the last boundary that sorts at or before it.
 */
const PINYIN_BOUNDARIES: [string, string][] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

export function letterOf(term: string): string {
  const first = term[0]!;
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  return PINYIN_BOUNDARIES.findLast(([, boundary]) => pinyin.compare(boundary, first) <= 0)?.[0] ?? '#';
}

export function buildGlossary(concepts: Concept[], locale: Locale = DEFAULT_LOCALE): GlossaryLetter[] {
  const order = locale === DEFAULT_LOCALE ? new Intl.Collator('en', { sensitivity: 'base' }) : pinyin;
  const entries = concepts
    .map((c) => ({ id: c.id, term: c.data.title, definition: c.data.definition, aliases: c.data.aliases }))
    .sort((a, b) => order.compare(a.term, b.term));
  const letters = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const letter = letterOf(e.term);
    letters.set(letter, [...(letters.get(letter) ?? []), e]);
  }
  // '#' (digits, symbols) first, then the letters; within a letter, Latin and Chinese terms interleave by sound.
  return [...letters]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, entries: list }));
}
