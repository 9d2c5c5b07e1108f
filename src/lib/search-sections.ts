/**
 * Where a search result links to: the page, or the section of it that
 * answers the query. Pagefind splits each result at headings that have ids
 * into sub-results (the top of the page, then one per section); this picks
 * one. The rule, in docs/SEARCH.md:
 *
 *  1. every query word is in the page title: the page itself ("cgroups");
 *  2. else a section whose heading has a query word the title lacks
 *     ("flatcar lifecycle" → Flatcar's Lifecycle section), the best-scoring
 *     if several;
 *  3. else the best-scoring part of the page, the top winning ties ("journald",
 *     in a page's prose only → the section that mentions it).
 */
import { compact } from './search-names.ts';

/** The fields of a Pagefind sub-result this reads. */
export interface SubResult {
  title: string;
  url: string;
  /** Present when the sub-result is a section under a heading with an id. */
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}

export interface Target {
  url: string;
  /** The heading of the section linked to, if it is one. */
  section?: string;
}

const wordsOf = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(compact)
    .filter(Boolean);

/** Pagefind matches word starts ("kube" finds "kubernetes"); an inflection still counts ("updates", "update"). */
const matches = (queryWord: string, textWord: string) =>
  textWord.startsWith(queryWord) ||
  (textWord.length >= 4 && queryWord.startsWith(textWord) && queryWord.length - textWord.length <= 2);

const has = (text: string, queryWord: string) => wordsOf(text).some((w) => matches(queryWord, w));

const score = (s: SubResult) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);

export function bestSection(query: string, page: { url: string; title: string }, subResults: SubResult[]): Target {
  const words = wordsOf(query);
  const missing = words.filter((w) => !has(page.title, w));
  if (!words.length || !missing.length) return { url: page.url };
  const byScore = (list: SubResult[]) => list.reduce((a, b) => (score(b) > score(a) ? b : a));
  const sections = subResults.filter((s) => s.anchor);
  const named = sections.filter((s) => missing.some((w) => has(s.title, w)));
  const best = named.length ? byScore(named) : subResults.length ? byScore(subResults) : undefined;
  return best?.anchor ? { url: best.url, section: best.title } : { url: page.url };
}
