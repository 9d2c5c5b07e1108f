/**
 * The order of titles in listings: alphabetical in English; in Chinese, as
 * Chinese dictionaries and indexes file them, each title under the Latin
 * letter its pinyin (or its Latin spelling) starts with, so 安全启动 sits
 * among the A's beside AppArmor rather than after every Latin title.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

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

const english = new Intl.Collator('en', { sensitivity: 'base' });
const letterRank = (letter: string) => (letter === '#' ? '' : letter);

/** Compares two titles for a listing in `locale`. */
export function titleOrder(locale: Locale): (a: string, b: string) => number {
  if (locale === DEFAULT_LOCALE) return english.compare;
  return (a, b) => letterRank(letterOf(a)).localeCompare(letterRank(letterOf(b))) || pinyin.compare(a, b);
}
