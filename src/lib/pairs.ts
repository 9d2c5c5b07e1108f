/**
 * Pairs for /compare/<a>-vs-<b>/. Ids are ordered by code point so every
 * pair has exactly one URL, whichever page links to it.
 */
const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function orderPair(a: string, b: string): [string, string] {
  return byCodePoint(a, b) <= 0 ? [a, b] : [b, a];
}

export function pairsOf<T extends { id: string }>(entries: T[]): [T, T][] {
  const sorted = [...entries].sort((x, y) => byCodePoint(x.id, y.id));
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => [a, b] as [T, T]));
}
