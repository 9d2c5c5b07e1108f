/**
 * Bad content must stop the build with a message that names the file and the
 * field. Every kind of bad field is covered, without a build, by
 * tests/unit/schemas.test.ts; here real builds prove that the schemas are the
 * ones Astro applies, and that a dangling reference (which Astro only logs)
 * stops the build too. Each case copies the fixture tree, breaks one thing,
 * and builds it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const fixture = join(import.meta.dirname, '../fixtures/content');
let work: string;

function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync(fixture, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, 'the edit must change the fixture');
  writeFileSync(path, after);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, ATLAS_CONTENT_DIR: dir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('a content file with an invalid field fails the build', { concurrency: 1 }, () => {
  before(() => (work = mkdtempSync(join(tmpdir(), 'atlas-bad-'))));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('the untouched fixture builds (so the failures below are caused by the edits)', () => {
    const dir = mkdtempSync(join(work, 'ok-'));
    cpSync(fixture, dir, { recursive: true });
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, ATLAS_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  const cases: { name: string; file: string; edit: (t: string) => string; expect: RegExp[] }[] = [
    {
      name: 'wrong type',
      file: 'distros/sample-os.mdx',
      edit: (t) => t.replace('firstRelease: { value: 2020-01', 'firstRelease: { value: "last spring"'),
      expect: [/facts\.firstRelease\.value: expected a date written YYYY, YYYY-MM or YYYY-MM-DD/],
    },
    {
      name: 'reference to a missing entry',
      file: 'distros/other-os.mdx',
      edit: (t) => t.replace('successors: { value: [sample-os]', 'successors: { value: [ghost-os]'),
      expect: [
        /other-os\.mdx: facts\.successors\.value\[0\] refers to OS "ghost-os", but content\/distros\/ghost-os\.mdx does not exist/,
      ],
    },
    {
      name: 'change-log entry naming a missing OS',
      file: 'changes/sample-change.yaml',
      edit: (t) => t.replace('distros: [sample-os]', 'distros: [ghost-os]'),
      expect: [/sample-change\.yaml: distros\[0\] refers to OS "ghost-os"/],
    },
    {
      name: 'change-log entry without sources',
      file: 'changes/sample-change.yaml',
      edit: (t) => t.replace(/sources:[\s\S]*$/, 'sources: []\n'),
      expect: [/sources: every change needs at least one source/],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: names the file and the field`, () => {
      const { status, output } = buildWith(c.file, c.edit);
      assert.notEqual(status, 0, `build should fail:\n${output}`);
      assert.match(output, new RegExp(c.file.split('/')[1]!.replace('.', '\\.')), 'the message names the file');
      for (const re of c.expect) assert.match(output, re);
    });
  }
});
