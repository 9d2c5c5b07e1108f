/**
 * The shape of the open data files under /data/v1/, written once. The files'
 * JSON Schemas are generated from these (src/lib/open-data.ts), the records
 * are typed by them, and the /data/ page documents every field from their
 * `.describe()` texts, so the shape, the schema and the docs cannot disagree.
 *
 * v1 is a promise to clients: never rename, remove or retype a field here;
 * add only optional fields. tests/build/open-data-v1.schema.snapshot.json
 * pins the generated schemas, so a change shows up in review.
 *
 * Vocabularies are deliberately not enums here: a new platform or update model
 * is data (listed in attributes.json), not a change of shape.
 */
import { z } from 'astro/zod';

/** Ids of OSes and concepts: their page slugs. */
const id = z.string().regex(/^[a-z0-9-]+$/);
/** Attribute ids: the camelCase keys under `facts`. */
const attributeId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

const source = z
  .object({
    title: z.string().describe('Title of the primary source.'),
    url: z.string().describe('Address of the source (https).'),
    checked: z.string().describe('Date (YYYY-MM-DD) someone last read the source and confirmed the fact.'),
  })
  .describe('A primary source the fact rests on.');

const sources = z.array(source).min(1).describe('The primary sources the value rests on.');

const fact = z
  .object({
    value: z
      .union([z.string(), z.array(z.string())])
      .describe(
        'The value: text, a date (YYYY, YYYY-MM or YYYY-MM-DD), a vocabulary key, or a list of them; references to other OSes or concepts are their ids. "unknown" and "not-applicable" may stand for any value, with a note. attributes.json says which kind each attribute takes.',
      ),
    note: z.string().optional().describe('Qualifies the value; always present for "unknown" and "not-applicable".'),
    sources,
    concepts: z.array(id).describe('Ids of the concepts (in concepts.json) this fact involves.'),
  })
  .describe('One sourced fact.');

const facts = (what: string) =>
  z
    .record(attributeId, fact)
    .describe(`${what}, keyed by attribute id (see attributes.json); one entry per attribute.`);

const envelope = {
  $schema: z.string().describe('Address of this file’s JSON Schema.'),
  version: z.literal(1).describe('Version of the format: always 1 at /data/v1/.'),
  generated: z.string().describe('Date (YYYY-MM-DD) the site was built and this file written.'),
};

export const distroRecord = z.object({
  id: id.describe('Stable id: the slug of the OS page, never reused.'),
  title: z.string().describe('Full name as the project writes it.'),
  shortName: z.string().describe('Name for narrow places.'),
  summary: z.string().describe('One sentence: what it is and who makes it.'),
  homepage: z.string().describe('The project’s home page.'),
  aliases: z.array(z.string()).describe('Former and informal names.'),
  baseline: z.boolean().describe('True for a general-purpose OS kept only as a baseline for comparison.'),
  url: z.string().describe('Absolute address of the OS’s page on this site.'),
  derivedFrom: fact
    .optional()
    .describe('OSes in distros.json this one was forked from or is built on, as a sourced fact (value: list of ids).'),
  facts: facts('Every matrix fact of the OS'),
});

export const conceptRecord = z.object({
  id: id.describe('Stable id: the slug of the concept page, never reused.'),
  title: z.string().describe('Name of the concept.'),
  shortName: z.string().describe('Short label for diagrams and chips.'),
  layer: z.string().describe('Layer of the container stack it belongs to (an id of the layers list in concepts.json).'),
  definition: z.string().describe('One plain sentence: the glossary entry.'),
  aliases: z.array(z.string()).describe('Other names readers search for.'),
  related: z.array(id).describe('Ids of related concepts.'),
  since: z
    .object({
      value: z.string().describe('Kernel version, specification version or year.'),
      sources,
    })
    .describe('When it appeared.'),
  historical: z.boolean().describe('True when it is no longer developed and kept because old guides mention it.'),
  url: z.string().describe('Absolute address of the concept’s page on this site.'),
  facts: facts('Runtime facts, only for container engines and OCI runtimes').optional(),
});

const label = z.object({
  value: z.string().describe('The key as it appears in the data.'),
  label: z.string().describe('The words the site shows for it.'),
});

export const layerRecord = label.extend({
  value: z.string().describe('Layer id, as in a concept’s layer.'),
  role: z.string().describe('What the layer does.'),
});

export const attributeRecord = z.object({
  id: attributeId.describe('Attribute id: its key under facts.'),
  label: z.string().describe('Row label in the matrix.'),
  description: z.string().describe('What the attribute means.'),
  group: z.string().describe('Matrix group it is shown under.'),
  kind: z
    .string()
    .describe(
      'Kind of value: text; date; end-of-life (a date or "none"); distro-refs / concept-refs (lists of ids); or a vocabulary kind whose keys are listed in values.',
    ),
  values: z
    .array(label.describe('An allowed value.'))
    .optional()
    .describe('For vocabulary kinds: every allowed value with its label, in display order.'),
});

export const distrosFile = z
  .object({
    ...envelope,
    distros: z.array(distroRecord).describe('Every operating system on the site.'),
  })
  .describe('Container Atlas: every operating system with its sourced facts.');

export const conceptsFile = z
  .object({
    ...envelope,
    layers: z.array(layerRecord).describe('Layers of the container stack, top to bottom.'),
    concepts: z.array(conceptRecord).describe('Every concept on the site.'),
  })
  .describe('Container Atlas: every concept of the container stack, with its sourced facts.');

export const attributesFile = z
  .object({
    ...envelope,
    placeholders: z.array(label).describe('Values any fact may take instead of a real one.'),
    distroAttributes: z.array(attributeRecord).describe('Attributes of facts in distros.json, in matrix order.'),
    runtimeAttributes: z.array(attributeRecord).describe('Attributes of facts in concepts.json, in matrix order.'),
  })
  .describe('Container Atlas: what each fact attribute means and which values it takes.');

/** The files, in the order the /data/ page lists them; each is served as `<name>.json`. */
export const OPEN_DATA_FILE_NAMES = ['distros', 'concepts', 'attributes'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILE_NAMES)[number];
export const OPEN_DATA_FILES = {
  distros: distrosFile,
  concepts: conceptsFile,
  attributes: attributesFile,
} as const satisfies Record<OpenDataFile, z.ZodType>;

export type DistroRecord = z.output<typeof distroRecord>;
export type ConceptRecord = z.output<typeof conceptRecord>;
export type AttributeRecord = z.output<typeof attributeRecord>;
export type FactRecord = z.output<typeof fact>;
export type DistrosFile = z.output<typeof distrosFile>;
export type ConceptsFile = z.output<typeof conceptsFile>;
export type AttributesFile = z.output<typeof attributesFile>;
