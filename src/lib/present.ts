/**
 * The one place a fact becomes what a reader sees: its words, tone and icon,
 * links, note and numbered sources. Matrix cells, facts panels, cards, the
 * timeline, badges and the runtime matrix all go through here. Pure: links are
 * resolved through the `Resolve` function handed in by the caller.
 */
import type { Attribute, KindValue, ValueKind } from '../schemas/attributes.ts';
import type { AnyFact, Change, Ref, Source } from '../schemas/entries.ts';
import { isPlaceholder } from '../schemas/fact.ts';
import type { CHANGE_KIND, STATUS, SUPPORT } from '../schemas/vocab.ts';
import { formatPartialDate, lastChecked } from './format.ts';
import { changeAnchor } from './routes.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { vocabulary } from '../i18n/vocab.ts';
import { messages } from '../i18n/ui.ts';

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

/** Words the presenters need beyond the vocabularies. */
const NONE = {
  en: { none: 'None', noEnd: 'None announced', comma: messages('en').site.listSeparator },
  zh: { none: '无', noEnd: '未公布', comma: messages('zh').site.listSeparator },
};

type Presenters = { [K in ValueKind]: (value: KindValue<K>, resolve: Resolve) => ValueView };

function presenters(locale: Locale): Presenters {
  const v = vocabulary(locale);
  const words = NONE[locale];
  const labels = (vocab: Record<string, string>, values: readonly string[]) =>
    values.map((x) => vocab[x] ?? x).join(words.comma);
  const refs = (values: Ref[], resolve: Resolve) => {
    const links = values.map(resolve);
    return links.length ? view(links.map((l) => l.text).join(words.comma), 'neutral', links) : view(words.none);
  };
  return {
    text: (x) => view(x),
    support: (x) => view(v.SUPPORT[x], x),
    status: (x) => view(v.STATUS[x], x),
    date: (x) => view(formatPartialDate(x, locale)),
    'end-of-life': (x) => view(x === 'none' ? words.noEnd : formatPartialDate(x, locale)),
    'distro-refs': refs,
    'concept-refs': refs,
    'update-model': (x) => view(v.UPDATE_MODEL[x]),
    platforms: (x) => view(labels(v.PLATFORM, x)),
    architectures: (x) => view(labels(v.ARCHITECTURE, x)),
    isolation: (x) => view(v.ISOLATION[x]),
    'cgroup-mode': (x) => view(v.CGROUP_MODE[x]),
    'workload-scope': (x) => view(v.WORKLOAD_SCOPE[x]),
    'host-access': (x) => view(v.HOST_ACCESS[x]),
    'mac-default': (x) => view(v.MAC_DEFAULT[x]),
    'commercial-support': (x) => view(v.COMMERCIAL_SUPPORT[x]),
  };
}
const PRESENTERS: Record<Locale, Presenters> = { en: presenters('en'), zh: presenters('zh') };

/** One value of a known kind, or a placeholder ("Unknown", "Not applicable"), in `locale`'s words. */
export function presentValue<K extends ValueKind>(
  kind: K,
  value: unknown,
  resolve: Resolve,
  locale: Locale = DEFAULT_LOCALE,
): ValueView {
  if (isPlaceholder(value)) return view(vocabulary(locale).SUPPORT[value], value);
  // The schema validated `value` against this same kind (src/schemas/attributes.ts).
  return PRESENTERS[locale][kind](value as KindValue<K>, resolve);
}

export function presentFact(
  attribute: Attribute,
  fact: AnyFact,
  cite: (key: string) => CitedSource,
  resolve: Resolve,
  locale: Locale = DEFAULT_LOCALE,
): CellView {
  const shown = presentValue(attribute.kind, fact.value, resolve, locale);
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

export function presentChange(change: Change, resolve: Resolve, locale: Locale = DEFAULT_LOCALE): ChangeView {
  const d = change.data;
  return {
    id: change.id,
    anchor: changeAnchor(change.id),
    date: d.date,
    dateText: formatPartialDate(d.date, locale),
    kind: d.kind,
    kindText: vocabulary(locale).CHANGE_KIND[d.kind],
    title: d.title,
    summary: d.summary,
    links: [...d.distros, ...d.concepts].map(resolve),
    sources: d.sources,
  };
}
