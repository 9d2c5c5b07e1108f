/**
 * Bad frontmatter is caught by the schemas themselves, with a message that
 * names the file and the field, in milliseconds and without a build. Each
 * case breaks one field of a valid fixture; together they cover every kind
 * of value the schemas accept. (tests/build/bad-content.test.ts proves once,
 * with a real build, that such a file stops `astro build`.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptSchema } from '../../src/schemas/concept.ts';
import { distroSchema } from '../../src/schemas/distro.ts';
import { plainRefs } from '../../src/schemas/refs.ts';
import { changeSchema } from '../../src/schemas/change.ts';
import { validateFrontmatter, validateYaml } from '../../src/schemas/validate.ts';

const fixtures = join(import.meta.dirname, '../fixtures/content');
const schemas = { distros: distroSchema(plainRefs), concepts: conceptSchema(plainRefs) };
const changes = changeSchema(plainRefs);

interface Case {
  field: string;
  file: 'distros/sample-os.mdx' | 'concepts/containerd.mdx' | 'changes/sample-change.yaml';
  from: string;
  to: string;
  message: RegExp;
}

function check(file: Case['file'], edit?: (text: string) => string) {
  const path = `content/${file}`;
  const text = readFileSync(join(fixtures, file), 'utf8');
  const changed = edit ? edit(text) : text;
  if (edit) assert.notEqual(changed, text, 'the edit must change the fixture');
  if (file.startsWith('changes')) return () => validateYaml(path, changed, changes);
  return () => validateFrontmatter(path, changed, schemas[file.startsWith('distros') ? 'distros' : 'concepts']);
}

const distro = (field: string, from: string, to: string, message: RegExp): Case => ({
  field,
  file: 'distros/sample-os.mdx',
  from,
  to,
  message,
});
const concept = (field: string, from: string, to: string, message: RegExp): Case => ({
  field,
  file: 'concepts/containerd.mdx',
  from,
  to,
  message,
});

const change = (field: string, from: string, to: string, message: RegExp): Case => ({
  field,
  file: 'changes/sample-change.yaml',
  from,
  to,
  message,
});

const cases: Case[] = [
  // One case per kind of fact value (src/schemas/attributes.ts).
  distro('facts.maintainer.value', 'value: Fixture maintainers', 'value: ""', /too small|>=1/i),
  distro(
    'facts.rollback.value',
    'rollback: { value: yes',
    'rollback: { value: sometimes',
    /expected one of "yes"\|"partial"\|"no"; or write "unknown"/,
  ),
  distro('facts.status.value', 'status: { value: active', 'status: { value: alive', /Invalid/),
  distro(
    'facts.firstRelease.value',
    'firstRelease: { value: 2020-01',
    'firstRelease: { value: "last spring"',
    /expected a date written YYYY, YYYY-MM or YYYY-MM-DD/,
  ),
  distro('facts.endOfLife.value', 'endOfLife: { value: none', 'endOfLife: { value: never', /expected a date|Invalid/),
  distro('facts.successors.value', 'successors: { value: []', 'successors: { value: 12', /Invalid/),
  distro(
    'facts.defaultRuntime.value',
    'defaultRuntime: { value: [containerd]',
    'defaultRuntime: { value: []',
    /too small|>=1/i,
  ),
  distro(
    'facts.updateModel.value',
    'updateModel: { value: ab-partitions',
    'updateModel: { value: floppy-disks',
    /Invalid/,
  ),
  distro(
    'facts.platforms.value',
    'platforms: { value: [aws, kvm]',
    'platforms: { value: [aws, mars]',
    /expected one of .*"aws".*\(at \[1\]\)/,
  ),
  distro(
    'facts.architectures.value',
    'architectures: { value: [x86_64]',
    'architectures: { value: [z80]',
    /expected one of .*"x86_64".*\(at \[0\]\)/,
  ),
  distro(
    'facts.cgroupMode.value',
    'cgroupMode: { value: v2',
    'cgroupMode: { value: v3',
    /expected one of "v2"\|"hybrid"\|"v1"/,
  ),
  concept('facts.isolation.value', 'isolation: { value: namespaces', 'isolation: { value: magic', /Invalid/),
  // The parts every fact shares.
  distro(
    'facts.maintainer.sources',
    'maintainer: { value: Fixture maintainers, sources: [docs] }',
    'maintainer: { value: Fixture maintainers, sources: [] }',
    /every fact needs at least one source key/,
  ),
  distro(
    'facts.license.sources[0]',
    'license: { value: Apache-2.0, sources: [docs] }',
    'license: { value: Apache-2.0, sources: [blog] }',
    /unknown source "blog"; this file's sources are: docs/,
  ),
  distro(
    'facts.secureBoot.note',
    'secureBoot: { value: unknown, note: Not documented,',
    'secureBoot: { value: unknown,',
    /a fact marked "unknown" needs a note that gives the reason/,
  ),
  distro('facts.license', 'license: { value: Apache-2.0, sources: [docs] }', '', /expected object|Invalid input/i),
  distro(
    'facts',
    '  license: { value: Apache-2.0',
    '  licence: { value: MIT, sources: [docs] }\n  license: { value: Apache-2.0',
    /Unrecognized key.*licence/,
  ),
  distro(
    'facts.base.concepts[0]',
    'base: { value: Independent, sources: [docs] }',
    'base: { value: Independent, sources: [docs], concepts: [1] }',
    /expected string/,
  ),
  // Sources and page-level fields.
  distro(
    'sources.docs.url',
    'url: "https://example.org/docs/"',
    'url: "http://example.org/docs/"',
    /expected an https:\/\/ URL/,
  ),
  distro(
    'sources.docs.checked',
    'checked: 2026-11-25',
    'checked: yesterday',
    /expected the date the source was checked/,
  ),
  distro('homepage', 'homepage: https://example.org/', 'homepage: example dot org', /Invalid URL/),
  distro('summary', 'summary: A fixture OS', 'summary: Short.\nx: A fixture OS', /summary|Unrecognized key/),
  concept('layer', 'layer: engine', 'layer: middleware', /Invalid/),
  concept(
    'definition',
    'definition: A fixture concept standing in for a container engine in the build tests.',
    'definition: Too short.',
    /too small|>=30/i,
  ),
  concept(
    'since.sources[0]',
    'since: { value: "2015", sources: [docs] }',
    'since: { value: "2015", sources: [web] }',
    /unknown source "web"/,
  ),
  concept('related[0]', 'related: [runc]', 'related: [{ id: runc }]', /expected string/),
  // Change-log entries (content/changes/).
  change('date', 'date: 2026-03-04', 'date: 2026-03', /expected the day of the event, as YYYY-MM-DD/),
  change('kind', 'kind: default-changed', 'kind: rumour', /Invalid option|expected one of/i),
  change('title', 'title: Sample OS switches its default runtime', 'title: Short', /too small|>=8/i),
  change(
    'summary',
    'summary: A made-up entry for the tests, naming one OS and one concept and citing one source.',
    'summary: Too short.',
    /too small|>=40/i,
  ),
  change(
    'sources',
    'sources:\n  - title: Sample OS release notes\n    url: https://example.org/notes/\n    checked: 2026-11-25',
    'sources: []',
    /every change needs at least one source/,
  ),
  change(
    'sources[0].url',
    'url: https://example.org/notes/',
    'url: http://example.org/notes/',
    /expected an https:\/\/ URL/,
  ),
  change('sources[0].checked', 'checked: 2026-11-25', 'checked: soon', /expected the date the source was checked/),
  change('distros', 'distros: [sample-os]\nconcepts: [containerd]\n', '', /must name at least one OS/),
  change(
    '(frontmatter)',
    'kind: default-changed',
    'kind: default-changed\nseverity: high',
    /Unrecognized key.*severity/,
  ),
];

describe('frontmatter schemas', () => {
  it('accept the valid fixtures', () => {
    assert.doesNotThrow(check('distros/sample-os.mdx'));
    assert.doesNotThrow(check('concepts/containerd.mdx'));
    assert.doesNotThrow(check('changes/sample-change.yaml'));
  });

  for (const c of cases) {
    it(`reject a bad ${c.field} in ${c.file}, naming the file and the field`, () => {
      const run = check(c.file, (t) => t.replace(c.from, c.to));
      assert.throws(run, (error: Error) => {
        const line = error.message.split('\n').find((l) => l.startsWith(`content/${c.file}: ${c.field}:`));
        assert.ok(line, `expected a message for ${c.field}, got:\n${error.message}`);
        assert.match(line, c.message);
        return true;
      });
    });
  }
});
