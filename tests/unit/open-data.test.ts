import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DISTRO_ATTRIBUTES, RUNTIME_ATTRIBUTES } from '../../src/schemas/attributes.ts';
import { OPEN_DATA_FILES, OPEN_DATA_FILE_NAMES } from '../../src/schemas/open-data.ts';
import { attributesData, conceptsData, distrosData, fieldDocs, jsonSchemaOf } from '../../src/lib/open-data.ts';
import { concept, distro, fact, ref } from './helpers.ts';

const ctx = { site: 'https://atlas.example', generated: '2026-12-01' };

const runtimeFacts = {
  daemon: fact('yes'),
  rootless: fact('partial', { note: 'With a user namespace' }),
  cri: fact('Through a plugin'),
  isolation: fact('namespaces'),
  specConformance: fact('Reference implementation', { sources: ['notes', 'docs'] }),
  language: fact('Go'),
  governance: fact('unknown', { note: 'Not stated' }),
};

describe('distros.json records', () => {
  const file = distrosData(
    [
      distro('talos', {
        successors: fact([ref('distros', 'flatcar')]),
        defaultRuntime: fact([ref('concepts', 'containerd')], { sources: ['notes', 'docs'] }),
      }),
      distro('flatcar', {}, { derivedFrom: fact([ref('distros', 'talos')], { note: 'Forked in 2018' }) }),
    ],
    ctx,
  );
  const [flatcar, talos] = file.distros;

  it('names its schema, version and build date', () => {
    assert.equal(file.$schema, 'https://atlas.example/data/v1/distros.schema.json');
    assert.equal(file.version, 1);
    assert.equal(file.generated, '2026-12-01');
  });

  it('lists every OS once, by id, with an absolute page URL', () => {
    assert.deepEqual(
      file.distros.map((d) => [d.id, d.url]),
      [
        ['flatcar', 'https://atlas.example/distros/flatcar/'],
        ['talos', 'https://atlas.example/distros/talos/'],
      ],
    );
    assert.equal(talos!.title, 'talos Linux');
    assert.equal(talos!.baseline, false);
  });

  it('carries every attribute, with references as ids', () => {
    assert.deepEqual(Object.keys(talos!.facts), Object.keys(DISTRO_ATTRIBUTES));
    assert.deepEqual(talos!.facts['successors']!.value, ['flatcar']);
    assert.deepEqual(talos!.facts['defaultRuntime']!.value, ['containerd']);
    assert.deepEqual(talos!.facts['platforms']!.value, ['aws', 'kvm']);
    assert.deepEqual(talos!.facts['updateModel']!.concepts, ['ab-updates']);
  });

  it('resolves source keys to title, URL and checked date, in the order the fact cites them', () => {
    assert.deepEqual(talos!.facts['defaultRuntime']!.sources, [
      { title: 'Release notes', url: 'https://example.org/notes/', checked: '2026-11-20' },
      { title: 'Docs', url: 'https://example.org/docs/', checked: '2026-11-01' },
    ]);
  });

  it('keeps notes, and leaves out the note and derivedFrom fields when there are none', () => {
    assert.equal(talos!.facts['secureBoot']!.value, 'unknown');
    assert.equal(talos!.facts['secureBoot']!.note, 'Not documented');
    assert.equal('note' in talos!.facts['maintainer']!, false);
    assert.equal('derivedFrom' in talos!, false);
    assert.deepEqual(flatcar!.derivedFrom, {
      value: ['talos'],
      note: 'Forked in 2018',
      sources: [{ title: 'Docs', url: 'https://example.org/docs/', checked: '2026-11-01' }],
      concepts: [],
    });
  });

  it('holds exactly the fields its schema declares', () => {
    assert.deepEqual(OPEN_DATA_FILES.distros.parse(file), file);
  });
});

describe('concepts.json records', () => {
  const file = conceptsData(
    [
      concept('runc', {
        layer: 'runtime',
        related: ['crun'],
        facts: runtimeFacts,
        since: { value: '2015', sources: ['notes'] },
      }),
      concept('crun', { historical: true }),
    ],
    ctx,
  );
  const [crun, runc] = file.concepts;

  it('lists every concept by id with its layer, related ids and page URL', () => {
    assert.deepEqual(
      file.concepts.map((c) => [c.id, c.layer, c.related, c.url]),
      [
        ['crun', 'engine', [], 'https://atlas.example/concepts/crun/'],
        ['runc', 'runtime', ['crun'], 'https://atlas.example/concepts/runc/'],
      ],
    );
    assert.equal(crun!.historical, true);
  });

  it('resolves the sources of `since`', () => {
    assert.deepEqual(runc!.since, {
      value: '2015',
      sources: [{ title: 'Release notes', url: 'https://example.org/notes/', checked: '2026-11-20' }],
    });
  });

  it('carries runtime facts only for concepts that have them', () => {
    assert.deepEqual(Object.keys(runc!.facts!), Object.keys(RUNTIME_ATTRIBUTES));
    assert.equal(runc!.facts!['governance']!.note, 'Not stated');
    assert.equal('facts' in crun!, false);
  });

  it('lists the layers a concept can name, top to bottom', () => {
    assert.equal(file.layers[0]!.value, 'orchestration');
    assert.ok(file.concepts.every((c) => file.layers.some((l) => l.value === c.layer)));
  });

  it('holds exactly the fields its schema declares', () => {
    assert.deepEqual(OPEN_DATA_FILES.concepts.parse(file), file);
  });
});

describe('attributes.json records', () => {
  const file = attributesData(ctx);
  const byId = new Map([...file.distroAttributes, ...file.runtimeAttributes].map((a) => [a.id, a]));

  it('lists every attribute of both tables, in matrix order', () => {
    assert.deepEqual(
      file.distroAttributes.map((a) => a.id),
      Object.keys(DISTRO_ATTRIBUTES),
    );
    assert.deepEqual(
      file.runtimeAttributes.map((a) => a.id),
      Object.keys(RUNTIME_ATTRIBUTES),
    );
    assert.deepEqual(byId.get('updateModel')!.group, 'Updates');
  });

  it('gives vocabulary kinds their allowed values with the labels the site shows', () => {
    assert.deepEqual(byId.get('updateModel')!.values![0], { value: 'ab-partitions', label: 'A/B partition image' });
    assert.deepEqual(
      byId.get('rollback')!.values!.map((v) => v.value),
      ['yes', 'partial', 'no'],
    );
    assert.ok(byId.get('platforms')!.values!.some((v) => v.value === 'aws' && v.label === 'AWS'));
    assert.equal(byId.get('maintainer')!.values, undefined);
    assert.equal(byId.get('successors')!.values, undefined);
  });

  it('names the placeholders any fact may hold', () => {
    assert.deepEqual(file.placeholders, [
      { value: 'unknown', label: 'Unknown' },
      { value: 'not-applicable', label: 'Not applicable' },
    ]);
  });

  it('holds exactly the fields its schema declares', () => {
    assert.deepEqual(OPEN_DATA_FILES.attributes.parse(file), file);
  });
});

describe('JSON Schemas and field docs', () => {
  for (const name of OPEN_DATA_FILE_NAMES) {
    const schema = jsonSchemaOf(name, ctx.site);

    it(`${name}: is draft 2020-12 with its own address`, () => {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `https://atlas.example/data/v1/${name}.schema.json`);
    });

    it(`${name}: lets v1 grow by optional fields (no object forbids unknown properties)`, () => {
      assert.equal(JSON.stringify(schema).includes('"additionalProperties":false'), false);
    });

    it(`${name}: documents every field`, () => {
      const fields = fieldDocs(schema);
      assert.ok(fields.length > 4);
      assert.deepEqual(
        fields.filter((f) => !f.description).map((f) => f.path),
        [],
      );
    });
  }

  it('documents nested fields with their path, type and whether they are optional', () => {
    const fields = new Map(fieldDocs(jsonSchemaOf('distros', ctx.site)).map((f) => [f.path, f]));
    assert.deepEqual(fields.get('distros[].facts.<id>.sources[].checked'), {
      path: 'distros[].facts.<id>.sources[].checked',
      type: 'string',
      required: true,
      description: 'Date (YYYY-MM-DD) someone last read the source and confirmed the fact.',
    });
    assert.equal(fields.get('distros[].facts.<id>.value')!.type, 'string or list of strings');
    assert.equal(fields.get('distros[].derivedFrom')!.required, false);
    assert.equal(fields.get('version')!.type, '1');
  });
});
