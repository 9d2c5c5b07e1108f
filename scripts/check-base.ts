/**
 * Builds the site under a base path and checks that every address it gives
 * for itself carries the base and is served (docs/deploying.md):
 *
 *   npm run check:base                          BASE=/container-atlas/, in a temporary directory
 *   BASE=/repo/ npm run check:base -- --out dist   that base, into dist/, kept (what the deploy workflow does)
 *
 * The checks are the link checker (tests/build/links.test.ts) and
 * tests/build/base-path.test.ts, pointed at that build. Not part of `npm test`:
 * it is a second full build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../src/lib/base.ts';

const root = join(import.meta.dirname, '..');
// Unset means "show it works under a sub-path"; an empty BASE (a user or custom-domain site) means `/`.
const base = normalizeBase(process.env['BASE'] ?? '/container-atlas/');
const out = process.argv.indexOf('--out');
const keep = out >= 0 ? process.argv[out + 1] : undefined;
if (out >= 0 && !keep) throw new Error('--out needs a directory');
const outDir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'atlas-base-'));
const env = { ...process.env, BASE: base, ATLAS_DIST: outDir };

function run(command: string, args: string[]) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`check:base: ${command} ${args[0]} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

console.log(`check:base: building for ${base} into ${outDir}`);
try {
  run('npx', ['astro', 'build', '--force', '--outDir', outDir]);
  run('node', ['scripts/search-index.ts', outDir]);
  run('node', ['--test', 'tests/build/links.test.ts', 'tests/build/base-path.test.ts']);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}
