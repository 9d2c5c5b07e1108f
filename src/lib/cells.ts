/**
 * Turns one fact into what a cell or facts-panel row shows. Pure: links are
 * resolved through the `Resolve` function handed in by the caller.
 */
import { ARCHITECTURE, ISOLATION, PLATFORM, STATUS, SUPPORT, UPDATE_MODEL } from '../schemas/vocab.ts';
import type { AttributeDef, ValueKind } from './attributes.ts';
import { formatPartialDate } from './format.ts';
import type { CitedSource, Fact, Ref } from './types.ts';

/** Drives the icon and colour; the text always carries the meaning too. */
export type Tone = keyof typeof SUPPORT | keyof typeof STATUS | 'neutral';

export interface Link {
  text: string;
  href: string;
}

export interface CellView {
  /** Plain-text value: what is read aloud, filtered and sorted on. */
  text: string;
  tone: Tone;
  /** Set when the value is a list of other pages (successors, runtimes). */
  links: Link[];
  note?: string | undefined;
  sources: CitedSource[];
  /** What ordering by this attribute compares: ISO dates for dates, else the text. */
  sortKey: string;
}

export type Resolve = (ref: Ref) => Link;

const label = <T extends Record<string, string>>(vocab: T, key: string) => vocab[key as keyof T] ?? key;

function showKnown(kind: ValueKind, value: unknown, resolve: Resolve): Pick<CellView, 'text' | 'tone' | 'links'> {
  const none = { text: 'None', tone: 'neutral' as const, links: [] };
  switch (kind) {
    case 'support':
      return { text: label(SUPPORT, String(value)), tone: value as Tone, links: [] };
    case 'status':
      return { text: label(STATUS, String(value)), tone: value as Tone, links: [] };
    case 'date':
      return { text: formatPartialDate(String(value)), tone: 'neutral', links: [] };
    case 'end-of-life':
      return value === 'none' ? { text: 'None announced', tone: 'neutral', links: [] } : { text: formatPartialDate(String(value)), tone: 'neutral', links: [] };
    case 'distro-refs':
    case 'concept-refs': {
      const links = (value as Ref[]).map(resolve);
      return links.length ? { text: links.map((l) => l.text).join(', '), tone: 'neutral', links } : none;
    }
    case 'update-model':
      return { text: label(UPDATE_MODEL, String(value)), tone: 'neutral', links: [] };
    case 'isolation':
      return { text: label(ISOLATION, String(value)), tone: 'neutral', links: [] };
    case 'platforms':
      return { text: (value as string[]).map((p) => label(PLATFORM, p)).join(', '), tone: 'neutral', links: [] };
    case 'architectures':
      return { text: (value as string[]).map((a) => label(ARCHITECTURE, a)).join(', '), tone: 'neutral', links: [] };
    case 'text':
      return { text: String(value), tone: 'neutral', links: [] };
  }
}

export function showFact(attribute: AttributeDef, fact: Fact, cite: (key: string) => CitedSource, resolve: Resolve): CellView {
  const placeholder = fact.value === 'unknown' || fact.value === 'not-applicable';
  const shown = placeholder
    ? { text: SUPPORT[fact.value as 'unknown' | 'not-applicable'], tone: fact.value as Tone, links: [] }
    : showKnown(attribute.kind, fact.value, resolve);
  const dated = !placeholder && (attribute.kind === 'date' || attribute.kind === 'end-of-life');
  // 'none' (no end announced) sorts after every real date.
  const sortKey = dated ? (fact.value === 'none' ? '9999' : String(fact.value)) : shown.text.toLowerCase();
  return { ...shown, note: fact.note, sources: fact.sources.map(cite), sortKey };
}

/**
 * Numbers a page's sources in order of first citation, so footnote 1 is the
 * first one a reader meets. Sources never cited still get numbers, after the rest.
 */
export function citationOrder(sources: Record<string, { title: string; url: string; checked: string }>, citedKeys: string[]): CitedSource[] {
  const order = [...new Set([...citedKeys, ...Object.keys(sources)])].filter((k) => k in sources);
  return order.map((key, i) => ({ key, number: i + 1, ...sources[key]! }));
}
