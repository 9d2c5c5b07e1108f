/**
 * Entries → the open data files under /data/v1/, their JSON Schemas, and the
 * field list the /data/ page documents. Pure: the build date and the site's
 * address are handed in, so tests pin them. A translation's files (/data/v1/zh/)
 * have the same shape: its words (titles, notes, labels) in place of the
 * English ones, the same values, dates and sources.
 */
import { z } from 'astro/zod';
import {
  DISTRO_ATTRIBUTES,
  RUNTIME_ATTRIBUTES,
  attributeList,
  type Attribute,
  type ValueKind,
} from '../schemas/attributes.ts';
import type { AnyFact, Concept, Distro, Source } from '../schemas/entries.ts';
import { PLACEHOLDERS, supportLevel } from '../schemas/fact.ts';
import {
  OPEN_DATA_FILES,
  type AttributeRecord,
  type AttributesFile,
  type ConceptsFile,
  type DistrosFile,
  type FactRecord,
  type OpenDataFile,
} from '../schemas/open-data.ts';
import { isRef } from '../schemas/refs.ts';
import { routes, routesFor } from './routes.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { vocabulary } from '../i18n/vocab.ts';
import { localizeAttributes } from '../i18n/attributes.ts';

export interface OpenDataContext {
  /** The site's origin, e.g. https://container-atlas.dev. */
  site: URL | string;
  /** Build date, YYYY-MM-DD. */
  generated: string;
  /** The language of the files' words; English when left out. */
  locale?: Locale;
}

const localeOf = (ctx: OpenDataContext) => ctx.locale ?? DEFAULT_LOCALE;

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

export const dataFilePath = (file: OpenDataFile) => routes.dataFile(file);
export const schemaFilePath = (file: OpenDataFile) => routes.dataSchema(file);

function envelope(file: OpenDataFile, { site, generated }: OpenDataContext) {
  return { $schema: absolute(schemaFilePath(file), site), version: 1 as const, generated };
}

/** References become their ids; everything else a fact holds is already text. */
function valueOf(value: unknown): string | string[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.map((v: unknown) => {
      if (typeof v === 'string') return v;
      if (isRef(v)) return v.id;
      throw new Error(`unexpected list item in a fact value: ${JSON.stringify(v)}`);
    });
  }
  throw new Error(`unexpected fact value: ${JSON.stringify(value)}`);
}

function resolveSources(keys: string[], sources: Record<string, Source>, where: string) {
  return keys.map((key) => {
    const s = sources[key];
    if (!s) throw new Error(`${where}: unknown source "${key}"`);
    return { title: s.title, url: s.url, checked: s.checked };
  });
}

function factRecord(fact: AnyFact, sources: Record<string, Source>, where: string): FactRecord {
  return {
    value: valueOf(fact.value),
    ...(fact.note === undefined ? {} : { note: fact.note }),
    sources: resolveSources(fact.sources, sources, where),
    concepts: fact.concepts.map((c) => c.id),
  };
}

function factRecords(facts: Record<string, AnyFact>, sources: Record<string, Source>, where: string) {
  return Object.fromEntries(
    Object.entries(facts).map(([key, fact]) => [key, factRecord(fact, sources, `${where}: facts.${key}`)]),
  );
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

export function distrosData(distros: Distro[], ctx: OpenDataContext): DistrosFile {
  return {
    ...envelope('distros', ctx),
    distros: [...distros].sort(byId).map(({ id, data }) => ({
      id,
      title: data.title,
      shortName: data.shortName,
      summary: data.summary,
      homepage: data.homepage,
      aliases: data.aliases,
      baseline: data.baseline,
      url: absolute(routesFor(localeOf(ctx)).distro(id), ctx.site),
      ...(data.derivedFrom ? { derivedFrom: factRecord(data.derivedFrom, data.sources, `${id}: derivedFrom`) } : {}),
      facts: factRecords(data.facts, data.sources, id),
    })),
  };
}

export function conceptsData(concepts: Concept[], ctx: OpenDataContext): ConceptsFile {
  return {
    ...envelope('concepts', ctx),
    layers: Object.entries(vocabulary(localeOf(ctx)).LAYER).map(([value, { label, role }]) => ({ value, label, role })),
    concepts: [...concepts].sort(byId).map(({ id, data }) => ({
      id,
      title: data.title,
      shortName: data.shortName,
      layer: data.layer,
      definition: data.definition,
      aliases: data.aliases,
      related: data.related.map((r) => r.id),
      since: { value: data.since.value, sources: resolveSources(data.since.sources, data.sources, `${id}: since`) },
      historical: data.historical,
      url: absolute(routesFor(localeOf(ctx)).concept(id), ctx.site),
      ...(data.facts ? { facts: factRecords(data.facts, data.sources, id) } : {}),
    })),
  };
}

/** Which kinds are closed vocabularies, and their labels in `locale`; every kind must say. */
function vocabularies(locale: Locale): { [K in ValueKind]: Record<string, string> | undefined } {
  const v = vocabulary(locale);
  return {
    text: undefined,
    support: Object.fromEntries(supportLevel.options.map((s) => [s, v.SUPPORT[s]])),
    status: v.STATUS,
    date: undefined,
    'end-of-life': undefined,
    'distro-refs': undefined,
    'concept-refs': undefined,
    'update-model': v.UPDATE_MODEL,
    platforms: v.PLATFORM,
    architectures: v.ARCHITECTURE,
    isolation: v.ISOLATION,
    'cgroup-mode': v.CGROUP_MODE,
    'workload-scope': v.WORKLOAD_SCOPE,
    'host-access': v.HOST_ACCESS,
    'mac-default': v.MAC_DEFAULT,
    'commercial-support': v.COMMERCIAL_SUPPORT,
  };
}

export function attributeRecord(attribute: Attribute, locale: Locale = DEFAULT_LOCALE): AttributeRecord {
  const vocabulary = vocabularies(locale)[attribute.kind];
  const { id, label, description, group, kind } = attribute;
  return {
    id,
    label,
    description,
    group,
    kind,
    ...(vocabulary ? { values: Object.entries(vocabulary).map(([value, label]) => ({ value, label })) } : {}),
  };
}

export function attributesData(ctx: OpenDataContext): AttributesFile {
  const locale = localeOf(ctx);
  const records = (list: Attribute[]) => localizeAttributes(list, locale).map((a) => attributeRecord(a, locale));
  return {
    ...envelope('attributes', ctx),
    placeholders: PLACEHOLDERS.map((value) => ({ value, label: vocabulary(locale).SUPPORT[value] })),
    distroAttributes: records(attributeList(DISTRO_ATTRIBUTES)),
    runtimeAttributes: records(attributeList(RUNTIME_ATTRIBUTES)),
  };
}

/**
 * The JSON Schema (draft 2020-12) of one file. Objects accept properties they
 * do not list: v1 grows only by new optional fields, and a client validating
 * against this schema must keep accepting the files when it does.
 */
export function jsonSchemaOf(file: OpenDataFile, site: URL | string) {
  const schema = z.toJSONSchema(OPEN_DATA_FILES[file], {
    target: 'draft-2020-12',
    io: 'output',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  return { ...schema, $id: absolute(schemaFilePath(file), site), title: `Container Atlas open data v1: ${file}.json` };
}

/** One documented field: where it sits, what it holds, whether it is always there. */
export interface FieldDoc {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

type JsonSchema = z.core.JSONSchema.BaseSchema;

function typeName(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map((a) => (typeof a === 'boolean' ? 'any' : typeName(a))).join(' or ');
  if (s.type === 'array') {
    const items = s.items && typeof s.items === 'object' && !Array.isArray(s.items) ? typeName(s.items) : 'any';
    return `list of ${items.endsWith('object') ? 'objects' : `${items}s`}`;
  }
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') return 'map';
  return Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
}

/**
 * Every field of a file, depth first, from its JSON Schema: lists show as
 * `name[]`, maps keyed by attribute id as `name.<id>`.
 */
export function fieldDocs(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const rows: FieldDoc[] = [];
  const describe = (s: JsonSchema, path: string, isRequired: boolean) => {
    rows.push({ path, type: typeName(s), required: isRequired, description: s.description ?? '' });
    rows.push(...fieldDocs(s, path));
  };
  const item = schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items) ? schema.items : null;
  if (item) return fieldDocs(item, `${prefix}[]`);
  const values = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null;
  if (values) return fieldDocs(values, `${prefix}.<id>`);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    if (typeof s === 'boolean') continue;
    describe(s, prefix ? `${prefix}.${name}` : name, (schema.required ?? []).includes(name));
  }
  return rows;
}
