/**
 * The one place a fact becomes what a reader sees: its words, tone and icon,
 * links, note and numbered sources. Matrix cells, facts panels, cards, the
 * timeline, badges and the runtime matrix all go through here. Pure: links are
 * resolved through the `Resolve` function handed in by the caller.
 */
import type { Attribute, KindValue, ValueKind } from '../schemas/attributes.ts';
import type { AnyFact, Change, Ref, Source } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import {
  ARCHITECTURE,
  CGROUP_MODE,
  COMMERCIAL_SUPPORT,
  HOST_ACCESS,
  MAC_DEFAULT,
  WORKLOAD_SCOPE,
  CHANGE_KIND,
  ISOLATION,
  PLATFORM,
  STATUS,
  SUPPORT,
  UPDATE_MODEL,
} from '../schemas/vocab.ts';
import { formatPartialDate, lastChecked } from './format.ts';
import { changeAnchor } from './routes.ts';

/** Drives the icon and colour; the words always carry the meaning too. */
export type Tone = keyof typeof SUPPORT | keyof typeof STATUS | 'neutral';

const ICON: Partial<Record<Tone, string>> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  unknown: '?',
  'not-applicable': '–',
  active: '●',
  maintenance: '◐',
  discontinued: '✗',
};

export interface Link {
  text: string;
  href: string;
}

export type Resolve = (ref: Ref) => Link;

/** A value as shown: plain text (what is read aloud, filtered and sorted on), tone, icon, links. */
export interface ValueView {
  text: string;
  tone: Tone;
  /** Empty for neutral values: an icon is never the only carrier of meaning. */
  icon: string;
  /** Set when the value is a list of other pages (successors, runtimes). */
  links: Link[];
}

/** A source as shown next to a fact: numbered within its page or column. */
export interface CitedSource extends Source {
  key: string;
  number: number;
}

export interface CellView extends ValueView {
  note?: string | undefined;
  sources: CitedSource[];
  /** What ordering by this attribute compares: ISO dates for dates, else the text. */
  sortKey: string;
  /** When the fact was last verified: the newest check among its sources. */
  verified: string | undefined;
}

const view = (text: string, tone: Tone = 'neutral', links: Link[] = []): ValueView => ({
  text,
  tone,
  icon: ICON[tone] ?? '',
  links,
});

const labels = (vocab: Record<string, string>, values: readonly string[]) =>
  values.map((v) => vocab[v] ?? v).join(', ');

const refs = (values: Ref[], resolve: Resolve) => {
  const links = values.map(resolve);
  return links.length ? view(links.map((l) => l.text).join(', '), 'neutral', links) : view('None');
};

const PRESENTERS: { [K in ValueKind]: (value: KindValue<K>, resolve: Resolve) => ValueView } = {
  text: (v) => view(v),
  support: (v) => view(SUPPORT[v], v),
  status: (v) => view(STATUS[v], v),
  date: (v) => view(formatPartialDate(v)),
  'end-of-life': (v) => view(v === 'none' ? 'None announced' : formatPartialDate(v)),
  'distro-refs': refs,
  'concept-refs': refs,
  'update-model': (v) => view(UPDATE_MODEL[v]),
  platforms: (v) => view(labels(PLATFORM, v)),
  architectures: (v) => view(labels(ARCHITECTURE, v)),
  isolation: (v) => view(ISOLATION[v]),
  'cgroup-mode': (v) => view(CGROUP_MODE[v]),
  'workload-scope': (v) => view(WORKLOAD_SCOPE[v]),
  'host-access': (v) => view(HOST_ACCESS[v]),
  'mac-default': (v) => view(MAC_DEFAULT[v]),
  'commercial-support': (v) => view(COMMERCIAL_SUPPORT[v]),
};

/** One value of a known kind, or a placeholder ("Unknown", "Not applicable"). */
export function presentValue<K extends ValueKind>(kind: K, value: unknown, resolve: Resolve): ValueView {
  if (isPlaceholder(value)) return view(SUPPORT[value], value);
  // The schema validated `value` against this same kind (src/schemas/attributes.ts).
  return PRESENTERS[kind](value as KindValue<K>, resolve);
}

export function presentFact(
  attribute: Attribute,
  fact: AnyFact,
  cite: (key: string) => CitedSource,
  resolve: Resolve,
): CellView {
  const shown = presentValue(attribute.kind, fact.value, resolve);
  const dated = !isPlaceholder(fact.value) && (attribute.kind === 'date' || attribute.kind === 'end-of-life');
  // 'none' (no end announced) sorts after every real date.
  const sortKey = dated ? (fact.value === 'none' ? '9999' : String(fact.value)) : shown.text.toLowerCase();
  const sources = fact.sources.map(cite);
  return { ...shown, note: fact.note, sources, sortKey, verified: lastChecked(sources) };
}

/**
 * Numbers a page's sources in order of first citation, so footnote 1 is the
 * first one a reader meets. Sources never cited still get numbers, after the rest.
 */
export function citationOrder(sources: Record<string, Source>, citedKeys: string[]): CitedSource[] {
  const order = [...new Set([...citedKeys, ...Object.keys(sources)])].filter((k) => k in sources);
  return order.map((key, i) => ({ key, number: i + 1, ...sources[key]! }));
}

/** One change-log entry as readers see it on /changes/, on OS pages and in the feed. */
export interface ChangeView {
  id: string;
  /** Its id on /changes/ (routes.change links to it). */
  anchor: string;
  /** ISO day, for `<time datetime>` and the feed. */
  date: string;
  dateText: string;
  kind: keyof typeof CHANGE_KIND;
  /** The kind in words; colour only repeats it. */
  kindText: string;
  title: string;
  summary: string;
  /** The OSes first, then the concepts, in the order the entry names them. */
  links: Link[];
  sources: Source[];
}

export function presentChange(change: Change, resolve: Resolve): ChangeView {
  const d = change.data;
  return {
    id: change.id,
    anchor: changeAnchor(change.id),
    date: d.date,
    dateText: formatPartialDate(d.date),
    kind: d.kind,
    kindText: CHANGE_KIND[d.kind],
    title: d.title,
    summary: d.summary,
    links: [...d.distros, ...d.concepts].map(resolve),
    sources: d.sources,
  };
}
