/**
 * Page state kept in the query string, so a pasted link restores the view.
 * One module for every page that reads its URL (/compare/, the OS filters,
 * /stack/, /search/): a spec lists the parameters and the values each may
 * take; `parseState` turns any query string into a valid state plus messages
 * that name each bad value and list the valid ones; `serializeState` writes
 * the canonical form (parameters in spec order, list values in the spec's
 * order, empty ones left out), so equal views always get equal URLs.
 */

/** A comma-separated choice of known values (`?os=flatcar,talos`); empty means "no restriction". */
export interface ListParam {
  kind: 'list';
  /** What the values are, for messages: "OS", "attribute". */
  noun: string;
  values: readonly string[];
}

/** One known value, or empty. */
export interface OneParam {
  kind: 'one';
  noun: string;
  values: readonly string[];
}

/** Free text, such as a search query; longer input is cut, with a message. */
export interface TextParam {
  kind: 'text';
  noun: string;
  maxLength: number;
}

export type ParamSpec = ListParam | OneParam | TextParam;
export type StateSpec = Record<string, ParamSpec>;
/** A parameter whose kind is only known at run time (a spec built from data) may hold either shape. */
export type StateOf<S extends StateSpec> = {
  [K in keyof S]: S[K] extends ListParam ? string[] : S[K] extends OneParam | TextParam ? string : string | string[];
};

export const list = (noun: string, values: readonly string[]): ListParam => ({ kind: 'list', noun, values });
export const one = (noun: string, values: readonly string[]): OneParam => ({ kind: 'one', noun, values });
export const text = (noun: string, maxLength: number): TextParam => ({ kind: 'text', noun, maxLength });

/** Long lists of valid values are cut in messages; the page itself shows them all. */
const MAX_LISTED = 30;
const show = (values: readonly string[]) =>
  values.length > MAX_LISTED ? `${values.slice(0, MAX_LISTED).join(', ')}, …` : values.join(', ');
/** Control characters and the format characters that reorder text around them (bidi overrides, isolates, marks). */
const DISRUPTIVE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Every character that draws nothing: the above plus zero-width spaces and joiners, soft hyphens, BOMs. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const codePoint = (c: string) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

/**
 * Text from the URL made safe to show inside a sentence: a right-to-left
 * override or a control character in it is named, not applied, so it cannot
 * reorder or hide the words around it.
 */
export const showable = (value: string) => value.replace(DISRUPTIVE, codePoint);

/**
 * A bad value, quoted in a message: cut to 40 characters (whole code points) so
 * a hostile URL cannot flood the page, with every invisible character named,
 * since "flatcar" followed by a zero-width joiner is not "flatcar".
 */
function quote(value: string): string {
  const chars = [...value];
  const short = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
  return `“${short.replace(INVISIBLE, codePoint)}”`;
}

/** Known values matched without regard to case, answered in the spec's spelling. */
function lookup(values: readonly string[], asked: string): string | undefined {
  const lower = asked.toLowerCase();
  return values.find((v) => v.toLowerCase() === lower);
}

/**
 * What the messages say, as templates in the page's language: `{noun}`, `{name}` and the like
 * are filled in, `{s}` is "s" when more than one value is named. Templates, not functions, so a
 * page hands its own language's to its script as data (src/i18n/messages, `stateWords`).
 */
export interface StateWords {
  tooLong: string;
  unknown: string;
  takesOne: string;
  malformed: string;
  stray: string;
  /** Between the values a message lists. */
  comma: string;
}

export const ENGLISH_STATE_WORDS: StateWords = {
  tooLong: 'The {noun} in “?{name}=” is {length} characters long; only the first {max} are used.',
  unknown: 'Unknown {noun}{s} in “?{name}=”: {bad}. Known: {known}.',
  takesOne: '“?{name}=” takes one {noun}; using the first.',
  malformed: 'The address has a malformed query string; showing the default view.',
  stray: 'Unknown parameter{s}: {bad}. This page reads {known}.',
  comma: ', ',
};

/** A page's words for its script (`data-state-words`, JSON), or English when it hands none. */
export const stateWordsFrom = (json: string | undefined): StateWords =>
  json ? (JSON.parse(json) as StateWords) : ENGLISH_STATE_WORDS;

const say = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => String(values[key] ?? slot));

function parseParam(
  name: string,
  spec: ParamSpec,
  raw: string[],
  errors: string[],
  words: StateWords,
): string | string[] {
  if (spec.kind === 'text') {
    const value = raw.join(' ').trim();
    if (value.length <= spec.maxLength) return value;
    errors.push(say(words.tooLong, { noun: spec.noun, name, length: value.length, max: spec.maxLength }));
    return value.slice(0, spec.maxLength);
  }
  const asked = raw
    .flatMap((v) => (spec.kind === 'list' ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter(Boolean);
  const known = asked.map((v) => lookup(spec.values, v));
  const bad = asked.filter((_, i) => !known[i]);
  if (bad.length) {
    const s = bad.length > 1 ? 's' : '';
    errors.push(
      say(words.unknown, { noun: spec.noun, name, s, bad: bad.map(quote).join(words.comma), known: show(spec.values) }),
    );
  }
  const good = new Set(known.filter((v) => v !== undefined));
  if (spec.kind === 'one') {
    if (good.size > 1) errors.push(say(words.takesOne, { noun: spec.noun, name }));
    return [...good][0] ?? '';
  }
  return spec.values.filter((v) => good.has(v));
}

export function parseState<S extends StateSpec>(
  search: string,
  spec: S,
  words: StateWords = ENGLISH_STATE_WORDS,
): { state: StateOf<S>; errors: string[] } {
  let params: URLSearchParams;
  const errors: string[] = [];
  try {
    // URLSearchParams throws on malformed percent-encoding ("%E0%A4%A").
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
    errors.push(words.malformed);
  }
  const state: Record<string, string | string[]> = {};
  for (const [name, param] of Object.entries(spec)) {
    state[name] = parseParam(name, param, params.getAll(name), errors, words);
  }
  const stray = [...new Set(params.keys())].filter((k) => !(k in spec));
  if (stray.length) {
    const s = stray.length > 1 ? 's' : '';
    errors.push(say(words.stray, { s, bad: stray.map(quote).join(words.comma), known: Object.keys(spec).join(', ') }));
  }
  // Built key by key from `spec`, each value of the shape its param kind gives.
  return { state: state as StateOf<S>, errors };
}

export function serializeState<S extends StateSpec>(state: StateOf<S>, spec: S): string {
  const params = new URLSearchParams();
  for (const [name, param] of Object.entries(spec)) {
    const value: string | string[] = state[name]!;
    if (Array.isArray(value)) {
      const chosen = param.kind === 'list' ? param.values.filter((v) => value.includes(v)) : value;
      if (chosen.length) params.set(name, chosen.join(','));
    } else if (value) params.set(name, value);
  }
  // Commas are legal in a query and far easier to read in a pasted link than %2C.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * Ticks or unticks one value of a list. Where an empty list means "all"
 * (pass `all`), unticking starts from every value, and a list that has every
 * value again becomes empty, so the canonical URL stays short.
 */
export function toggle(chosen: string[], value: string, on: boolean, all?: readonly string[]): string[] {
  const current = all && !chosen.length ? [...all] : chosen;
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return all?.every((v) => next.includes(v)) ? [] : next;
}
