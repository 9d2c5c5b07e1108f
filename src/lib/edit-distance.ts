/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: the
 * fewest insertions, deletions, substitutions and swaps of two neighbouring
 * letters that turn `a` into `b` ("contianerd" → "containerd" is one swap).
 * Each letter is edited at most once, which is what a typo is.
 *
 * Bounded: once every way forward costs more than `max`, it stops and answers
 * `max + 1`, so comparing a query word with a few hundred names stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the usual table: two back (for swaps), the last one, this one.
  let before = new Array<number>(b.length + 1).fill(0);
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    // No cell of a later row can be smaller than this row's smallest (a swap costs at least the diagonal it skips).
    if (best > max) return max + 1;
    [before, last, row] = [last, row, before];
  }
  return Math.min(last[b.length]!, max + 1);
}
