/**
 * The names of every OS and concept page (title, short name, aliases) as a
 * small table, published at /search/names.json and read by the search page
 * before it asks Pagefind anything. With it, search forgives what a full-text
 * index cannot:
 *
 *  - punctuation and spacing: "systemd sysext", "systemdsysext" and
 *    "systemd-sysext" are one name, as are "crio" and "CRI-O";
 *  - typos: a word one or two letters off a name ("flatcr", "talso",
 *    "contianerd") is corrected, and the page it names is shown first.
 *
 * How it decides is in docs/SEARCH.md.
 */
import { editDistance } from './edit-distance.ts';

export const SEARCH_KINDS = ['OS', 'Concept'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Per kind, a row per page: its slug, its title, its short name ("" when the
 * same as the title), then its aliases. Nothing else, to keep it small.
 */
export type NameTable = Record<SearchKind, string[][]>;

export interface Named {
  id: string;
  title: string;
  shortName: string;
  aliases: readonly string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function nameTable(pages: Record<SearchKind, readonly Named[]>): NameTable {
  const rowOf = (p: Named) => {
    const short = same(p.shortName, p.title) ? '' : p.shortName;
    const aliases: string[] = [];
    for (const a of p.aliases)
      if (!same(a, p.title) && !same(a, p.shortName) && !aliases.some((b) => same(a, b))) aliases.push(a);
    return [p.id, p.title, short, ...aliases];
  };
  return { OS: pages.OS.map(rowOf), Concept: pages.Concept.map(rowOf) };
}

/** Letters and digits only, lower case, accents dropped: how names and queries are compared. */
export const compact = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export interface NamedPage {
  url: string;
  kind: SearchKind;
  title: string;
}

/** What a compact key stands for: how to write it, and the pages it names, those it is the own name of first. */
interface Entry {
  display: string;
  pages: NamedPage[];
  /** How many of `pages`, from the start, have it as their title or short name. */
  own: number;
}

export interface NameIndex {
  /** Whole names ("systemd-sysext", "Flatcar Container Linux"), by compact key. */
  names: Map<string, Entry>;
  /** Every word of every name ("flatcar", "container", "rpm-ostree", "rpm"), by compact key. */
  words: Map<string, Entry>;
}

function add(map: Map<string, Entry>, key: string, display: string, page: NamedPage, own: boolean) {
  if (!key) return;
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { display, pages: [], own: 0 }));
  const at = entry.pages.indexOf(page);
  if (at >= 0 && (at < entry.own || !own)) return;
  if (at >= 0) entry.pages.splice(at, 1);
  if (!own) entry.pages.push(page);
  else {
    if (!entry.own) entry.display = display;
    entry.pages.splice(entry.own++, 0, page);
  }
}

/** A path that ends in a file name ("/etc/containerd/config.toml") is also known by the file name. */
const fileNameOf = (name: string) =>
  name.includes('/')
    ? name
        .split('/')
        .pop()!
        .match(/^[^.]+\..+$/)?.[0]
    : undefined;

const wordsOf = (name: string) =>
  name
    .split(/[\s/(),:]+/)
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
    .filter((w) => compact(w));

/** Each page's URL, in the language the names are in (routes.ts has the real ones). */
export interface PageUrls {
  distro(id: string): string;
  concept(id: string): string;
}

export function indexNames(table: NameTable, at: PageUrls): NameIndex {
  const index: NameIndex = { names: new Map(), words: new Map() };
  for (const kind of SEARCH_KINDS) {
    for (const [slug, title, ...others] of table[kind] ?? []) {
      if (!slug || !title) continue;
      const page = { url: kind === 'OS' ? at.distro(slug) : at.concept(slug), kind, title };
      [title, ...others].forEach((name, i) => {
        // Position 0 is the title, 1 the short name: the page's own names.
        const own = i < 2;
        add(index.names, compact(name), name, page, own);
        const file = fileNameOf(name);
        if (file) add(index.names, compact(file), file, page, own);
        for (const word of wordsOf(name)) add(index.words, compact(word), word, page, own);
      });
    }
  }
  return index;
}

export interface Interpretation {
  /** What to search for: the query as typed, or its correction. */
  search: string;
  /** Whether `search` is a correction of the query. */
  corrected: boolean;
  /** Pages the whole (corrected) query names, to show first: own names before aliases. */
  pinned: NamedPage[];
}

/** Typos allowed in a word: none in short words (too many names are three letters), one up to five letters, else two. */
export const allowedTypos = (key: string) => (key.length < 4 ? 0 : key.length < 6 ? 1 : 2);

const INFLECTIONS = ['s', 'es', 'ed', 'ing', 'er'];

/**
 * A word the names already know, or may be on the way to (the reader is still
 * typing "kuber"), or an inflection of ("images", "runtimes"): not a typo.
 */
function isKnown(key: string, index: NameIndex): boolean {
  if (index.names.has(key) || index.words.has(key)) return true;
  for (const known of [index.names, index.words])
    for (const k of known.keys()) {
      if (k.startsWith(key)) return true;
      if (key.startsWith(k) && INFLECTIONS.includes(key.slice(k.length))) return true;
    }
  return false;
}

const ofKind = (entry: Entry, kind: string) => (kind ? entry.pages.filter((p) => p.kind === kind) : entry.pages);

/**
 * The one name `key` is a typo of, if there is exactly one: the nearest within
 * the allowed typos. Nearest names on different pages are a tie, and a tie is
 * no answer ("k3s" is as near to "k8s" as to "k3OS"). Words with digits are
 * versions and product codes, never corrected.
 */
function nearest(key: string, map: Map<string, Entry>, kind: string): Entry | undefined {
  const max = allowedTypos(key);
  if (max === 0 || /\d/.test(key)) return undefined;
  let best = max + 1;
  let found: Entry[] = [];
  for (const [k, entry] of map) {
    if (!ofKind(entry, kind).length) continue;
    const d = editDistance(key, k, Math.min(best, max));
    if (d < best) [best, found] = [d, [entry]];
    else if (d === best && d <= max) found.push(entry);
  }
  if (!found.length) return undefined;
  const pagesOf = (e: Entry) =>
    ofKind(e, kind)
      .map((p) => p.url)
      .sort()
      .join(' ');
  if (new Set(found.map(pagesOf)).size > 1) return undefined;
  // Same pages, several spellings ("cgroupz": "cgroups", "cgroup"): the page's own name wins.
  return found.find((e) => e.own) ?? found[0];
}

/** A correction keeps the reader's lower case: "flatcr" becomes "flatcar", "Flatcr" becomes "Flatcar". */
const inCaseOf = (typed: string, fix: string) => (typed === typed.toLowerCase() ? fix.toLowerCase() : fix);

function pinnedBy(key: string, index: NameIndex, kind: string): NamedPage[] {
  const entry = index.names.get(key);
  return entry ? ofKind(entry, kind) : [];
}

/**
 * Reads a query against the names: pins the pages it names (spelling aside),
 * and corrects it when it is a typo of a name or has words that are.
 * `kind` limits both to one kind of page, as the search filter does.
 */
export function interpretQuery(query: string, index: NameIndex, kind = ''): Interpretation {
  const asTyped = { search: query, corrected: false, pinned: [] };
  const whole = compact(query);
  if (!whole) return asTyped;
  const pinned = pinnedBy(whole, index, kind);
  if (pinned.length || isKnown(whole, index)) return { ...asTyped, pinned };

  const name = nearest(whole, index.names, kind);
  if (name) {
    const search = inCaseOf(query, name.display);
    return { search, corrected: true, pinned: pinnedBy(compact(name.display), index, kind) };
  }

  const words = query.trim().split(/\s+/);
  const fixed = words.map((w) => {
    const key = compact(w);
    if (!key || isKnown(key, index)) return w;
    const word = nearest(key, index.words, kind);
    return word ? inCaseOf(w, word.display) : w;
  });
  if (fixed.every((w, i) => w === words[i])) return asTyped;
  const search = fixed.join(' ');
  return { search, corrected: true, pinned: pinnedBy(compact(search), index, kind) };
}
