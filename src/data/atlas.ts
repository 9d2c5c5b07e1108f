/**
 * The one place pages read content from. Loads the collections, fails the
 * build on references to missing entries and on unsound translations, and
 * hands out each language's view: the same facts, with a translation's words
 * (titles, summaries, notes) in place of the English ones where it has them.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeDangling, findDanglingReferences } from '../lib/references.ts';
import type { Resolve } from '../lib/present.ts';
import { hrefOfRef } from '../lib/routes.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import {
  translateFacts,
  translatedShortName,
  translationProblems,
  translationState,
  type TranslationState,
} from '../lib/translation.ts';
import { DISTRO_ATTRIBUTES, RUNTIME_ATTRIBUTES } from '../schemas/attributes.ts';

export type Distro = CollectionEntry<'distros'>;
export type Concept = CollectionEntry<'concepts'>;
export type Change = CollectionEntry<'changes'>;
type DistroWords = CollectionEntry<'zhDistros'>;
type ConceptWords = CollectionEntry<'zhConcepts'>;
type ChangeWords = CollectionEntry<'zhChanges'>;

/** How a page in one language is written: its article, and whether that is a current translation. */
export interface Written {
  /** The entry whose MDX body the page renders: the translation, or the English entry. */
  body: Distro | Concept | DistroWords | ConceptWords;
  state: TranslationState | 'original';
}

export interface Atlas {
  locale: Locale;
  /** Entries with this language's words in their data; ids, facts and sources are the English file's. */
  distros: Distro[];
  concepts: Concept[];
  /** The change log, in no particular order: src/lib/changes.ts orders it. */
  changes: Change[];
  resolve: Resolve;
  concept(id: string): Concept;
  written(entry: Distro | Concept): Written;
  /** The languages an entry's page is written in: English, and each language with a translation of it. */
  writtenIn(entry: Distro | Concept): Locale[];
  /** The build date, YYYY-MM-DD: what "checked more than a year ago" is measured against. */
  today: string;
}

interface Loaded {
  distros: Distro[];
  concepts: Concept[];
  changes: Change[];
  words: { distros: Map<string, DistroWords>; concepts: Map<string, ConceptWords>; changes: Map<string, ChangeWords> };
}

function checkTranslations(loaded: Omit<Loaded, 'words'>, words: Loaded['words']): string[] {
  const problems: string[] = [];
  const check = (
    entry: Distro | Concept,
    w: DistroWords | ConceptWords | undefined,
    attrs: typeof DISTRO_ATTRIBUTES | typeof RUNTIME_ATTRIBUTES,
  ) => {
    if (!w) return;
    for (const p of translationProblems(entry.data, w.data, attrs))
      problems.push(`${w.filePath}: ${p.path}: ${p.message}`);
  };
  const ids = new Set([...loaded.distros, ...loaded.concepts].map((e) => `${e.collection}/${e.id}`));
  for (const d of loaded.distros) check(d, words.distros.get(d.id), DISTRO_ATTRIBUTES);
  for (const c of loaded.concepts) check(c, words.concepts.get(c.id), RUNTIME_ATTRIBUTES);
  for (const [kind, map] of [
    ['distros', words.distros],
    ['concepts', words.concepts],
  ] as const) {
    for (const w of map.values()) {
      if (!ids.has(`${kind}/${w.id}`))
        problems.push(`${w.filePath}: no English page content/${kind}/${w.id}.mdx to translate`);
    }
  }
  const changes = new Set(loaded.changes.map((c) => c.id));
  for (const w of words.changes.values()) {
    if (!changes.has(w.id)) problems.push(`${w.filePath}: no English entry content/changes/${w.id}.yaml to translate`);
  }
  return problems;
}

let loading: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const distros = await getCollection('distros');
  const concepts = await getCollection('concepts');
  const changes = await getCollection('changes');
  const dangling = findDanglingReferences(distros, concepts, changes);
  if (dangling.length) {
    throw new Error(`Unknown references in content:\n${dangling.map(describeDangling).join('\n')}`);
  }
  const words = {
    distros: new Map((await getCollection('zhDistros')).map((e) => [e.id, e])),
    concepts: new Map((await getCollection('zhConcepts')).map((e) => [e.id, e])),
    changes: new Map((await getCollection('zhChanges')).map((e) => [e.id, e])),
  };
  const problems = checkTranslations({ distros, concepts, changes }, words);
  if (problems.length) throw new Error(`Translations that do not fit their English pages:\n${problems.join('\n')}`);
  return { distros, concepts, changes, words };
}

function translateDistro(d: Distro, w: DistroWords | undefined): Distro {
  if (!w) return d;
  const { title, summary, aliases, derivedFrom, facts } = w.data;
  const data = {
    ...d.data,
    ...(title ? { title, shortName: translatedShortName(title, d.data.shortName) } : {}),
    summary,
    aliases: [...aliases, ...d.data.aliases],
    ...(derivedFrom && d.data.derivedFrom ? { derivedFrom: { ...d.data.derivedFrom, note: derivedFrom.note } } : {}),
    facts: translateFacts(d.data.facts, facts),
  };
  return { ...d, data };
}

function translateConcept(c: Concept, w: ConceptWords | undefined): Concept {
  if (!w) return c;
  const { title, definition, aliases, since, facts } = w.data;
  const data = {
    ...c.data,
    title,
    shortName: translatedShortName(title, c.data.shortName),
    definition,
    // The English names still find the page and still read as its names.
    aliases: [...new Set([...aliases, c.data.title, c.data.shortName, ...c.data.aliases])],
    since: { ...c.data.since, value: since },
    ...(c.data.facts ? { facts: translateFacts(c.data.facts, facts) } : {}),
  };
  return { ...c, data };
}

function stateOf(entry: Distro | Concept, w: DistroWords | ConceptWords | undefined): TranslationState {
  if (!w) return 'missing';
  return translationState(readFileSync(entry.filePath!, 'utf8'), w.data.translationOf);
}

function view(loaded: Loaded, locale: Locale): Atlas {
  const english = locale === DEFAULT_LOCALE;
  const distros = english
    ? loaded.distros
    : loaded.distros.map((d) => translateDistro(d, loaded.words.distros.get(d.id)));
  const concepts = english
    ? loaded.concepts
    : loaded.concepts.map((c) => translateConcept(c, loaded.words.concepts.get(c.id)));
  const names = new Map<string, string>([
    ...distros.map((d) => [`distros/${d.id}`, d.data.shortName] as const),
    ...concepts.map((c) => [`concepts/${c.id}`, c.data.shortName] as const),
  ]);
  const resolve: Resolve = (ref) => ({ text: names.get(`${ref.collection}/${ref.id}`)!, href: hrefOfRef(ref, locale) });
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  // An entry not yet translated keeps its English words; the change log is never shorter in one language.
  const changes = english
    ? loaded.changes
    : loaded.changes.map((c) => {
        const w = loaded.words.changes.get(c.id);
        return w ? { ...c, data: { ...c.data, title: w.data.title, summary: w.data.summary } } : c;
      });
  const written = (entry: Distro | Concept): Written => {
    if (english) return { body: entry, state: 'original' };
    const w = entry.collection === 'distros' ? loaded.words.distros.get(entry.id) : loaded.words.concepts.get(entry.id);
    const original =
      entry.collection === 'distros'
        ? loaded.distros.find((d) => d.id === entry.id)!
        : loaded.concepts.find((c) => c.id === entry.id)!;
    return { body: w ?? original, state: stateOf(original, w) };
  };
  return {
    locale,
    distros,
    concepts,
    changes,
    resolve,
    concept: (id) => conceptById.get(id)!,
    written,
    writtenIn: (entry) => {
      const words = entry.collection === 'distros' ? loaded.words.distros : loaded.words.concepts;
      return LOCALES.filter((l) => l === DEFAULT_LOCALE || words.has(entry.id));
    },
    today: new Date().toISOString().slice(0, 10),
  };
}

const views = new Map<Locale, Atlas>();

export async function getAtlas(locale: Locale = DEFAULT_LOCALE): Promise<Atlas> {
  // In `astro dev` content changes between requests; a build reads it once.
  if (import.meta.env.DEV) return view(await load(), locale);
  loading ??= load();
  const loaded = await loading;
  let atlas = views.get(locale);
  if (!atlas) views.set(locale, (atlas = view(loaded, locale)));
  return atlas;
}
