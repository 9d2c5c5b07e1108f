/**
 * The open data files under /data/v1/ (docs/ARCHITECTURE.md, "Open data"):
 * each validates against the JSON Schema it names, every OS and concept page
 * has a record and every record a page, and the schemas equal the checked-in
 * v1 snapshot. That snapshot is the v1 promise to clients: it changes only by
 * adding optional fields, on purpose and in review
 * (UPDATE_OPEN_DATA_SCHEMA=1 npm run test:build rewrites it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { DIST, fileOf, htmlFiles, urlOf } from './dist.ts';

const NAMES = ['distros', 'concepts', 'attributes'] as const;
const snapshotFile = join(import.meta.dirname, 'open-data-v1.schema.snapshot.json');

const read = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const served = Object.fromEntries(
  NAMES.map((name) => [name, { data: read(`data/v1/${name}.json`), schema: read(`data/v1/${name}.schema.json`) }]),
);

interface Listed {
  id: string;
  url: string;
}
const records = (name: 'distros' | 'concepts'): Listed[] => {
  const data = served[name]!.data as Record<string, Listed[]>;
  return data[name]!;
};

/** Built OS or concept pages, without the redirect pages that old slugs leave behind. */
const pagesUnder = (section: string) =>
  htmlFiles(join(DIST, section))
    .filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'))
    .map(urlOf)
    .filter((url) => url !== `/${section}/`);

describe('open data files', () => {
  for (const name of NAMES) {
    it(`${name}.json is valid against the JSON Schema it names`, () => {
      const { data, schema } = served[name]!;
      const named = (data as { $schema: string }).$schema;
      assert.equal(new URL(named).pathname, `/data/v1/${name}.schema.json`);
      assert.ok(fileOf(new URL(named).pathname), `${named} is not served`);
      const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema as object);
      const valid = validate(data);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      assert.equal((data as { version: number }).version, 1);
    });
  }

  for (const section of ['distros', 'concepts'] as const) {
    it(`has a ${section} record for every page and a page for every record`, () => {
      const pages = pagesUnder(section).sort();
      const listed = records(section)
        .map((r) => new URL(r.url).pathname)
        .sort();
      assert.ok(pages.length > 10, `only ${pages.length} ${section} pages`);
      assert.deepEqual(listed, pages);
      assert.deepEqual(
        records(section).map((r) => `/${section}/${r.id}/`),
        records(section).map((r) => new URL(r.url).pathname),
      );
    });
  }

  for (const name of NAMES) {
    it(`zh/${name}.json, the Chinese words, is valid against the same schema and has the same records`, () => {
      const zh = read(`data/v1/zh/${name}.json`) as Record<string, unknown>;
      const { data, schema } = served[name]!;
      assert.equal(zh['$schema'], (data as { $schema: string }).$schema);
      const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema as object);
      assert.ok(validate(zh), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      if (name === 'attributes') return;
      const en = (data as Record<string, Listed[]>)[name]!;
      const ids = (zh[name] as (Listed & { facts?: Record<string, { value: unknown; sources: unknown }> })[]).map(
        (r) => {
          const english = en.find((e) => e.id === r.id) as typeof r | undefined;
          // Words may differ; what a fact is, and where it comes from, may not.
          for (const [key, fact] of Object.entries(r.facts ?? {})) {
            assert.deepEqual(fact.sources, english?.facts?.[key]?.sources, `${r.id}: facts.${key}.sources`);
          }
          assert.equal(new URL(r.url).pathname, `/zh/${name}/${r.id}/`);
          return r.id;
        },
      );
      assert.deepEqual(
        ids,
        en.map((r) => r.id),
      );
    });
  }

  it('pins the v1 JSON Schemas to the checked-in snapshot', () => {
    const current = Object.fromEntries(NAMES.map((name) => [name, served[name]!.schema]));
    if (process.env['UPDATE_OPEN_DATA_SCHEMA']) writeFileSync(snapshotFile, `${JSON.stringify(current, null, 2)}\n`);
    const snapshot: unknown = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    assert.deepEqual(
      current,
      snapshot,
      'the v1 shape changed: v1 may only gain optional fields; if that is what changed, review and rerun with UPDATE_OPEN_DATA_SCHEMA=1',
    );
  });
});
