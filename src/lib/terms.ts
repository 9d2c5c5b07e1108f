/**
 * Glossary terms in prose: the first mention of each concept in an article
 * becomes a link with its one-line definition. This file is the pure part
 * (which words, where); src/integrations/glossary-terms.ts wires it into MDX.
 */
export interface TermSource {
  id: string;
  title: string;
  shortName: string;
  aliases: string[];
  definition: string;
}

export interface Term {
  /** The words as they must appear in the text (case-sensitive). */
  text: string;
  conceptId: string;
  definition: string;
}

/**
 * Names that are ordinary English words in this field's prose ("update a
 * fleet", "Linux capabilities of the tool") would link the wrong sense.
 */
const AMBIGUOUS = new Set([
  'fleet',
  'capabilities',
  'snaps',
  'snap',
  'Snap',
  'Ignition',
  'overlay',
  'namespaces',
  'A/B updates',
  'image mode',
]);

export function termsOf(concepts: TermSource[]): Term[] {
  const terms = concepts.flatMap((c) => {
    const plainTitle = c.title.replace(/\s*\(.*\)\s*/g, ' ').trim();
    const names = new Set([plainTitle, c.shortName, ...c.aliases].filter((n) => n.length >= 3 && !AMBIGUOUS.has(n)));
    return [...names].map((text) => ({ text, conceptId: c.id, definition: c.definition }));
  });
  // Longest first, so "cgroup v2" wins over "cgroup" at the same position.
  return terms.sort((a, b) => b.text.length - a.text.length);
}

/** Words that two concepts both claim: the tooltip and the link would pick one of them at random. */
export function clashes(terms: Term[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const t of terms) owners.set(t.text, (owners.get(t.text) ?? new Set()).add(t.conceptId));
  return [...owners].filter(([, ids]) => ids.size > 1).map(([text, ids]) => `"${text}": ${[...ids].join(', ')}`);
}

export type Segment = string | { text: string; term: Term };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` around the first mention of each concept not yet in `used`
 * (which it updates). Matches whole words only.
 */
// One pattern per term list, built once: a build runs this on every text node of every article.
const patterns = new WeakMap<Term[], { pattern: RegExp; byText: Map<string, Term> }>();

function compiled(terms: Term[]) {
  let c = patterns.get(terms);
  if (!c) {
    c = {
      pattern: new RegExp(`(?<![\\w-])(?:${terms.map((t) => escape(t.text)).join('|')})(?![\\w-])`, 'g'),
      byText: new Map(terms.map((t) => [t.text, t])),
    };
    patterns.set(terms, c);
  }
  return c;
}

export function linkTerms(text: string, terms: Term[], used: Set<string>): Segment[] {
  if (!terms.length) return [text];
  const { pattern, byText } = compiled(terms);
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const term = byText.get(m[0])!;
    if (used.has(term.conceptId)) continue;
    used.add(term.conceptId);
    if (m.index > last) segments.push(text.slice(last, m.index));
    segments.push({ text: m[0], term });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments.length ? segments : [text];
}
