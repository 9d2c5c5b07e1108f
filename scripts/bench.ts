/**
 * Timings, measured, never asserted (machines are shared and noisy):
 *  1. build time of the real site (astro build + both search bundles), with an
 *     empty preview-image cache and again with the cache it filled;
 *  2. the same build with 100 / 500 / 1,000 synthetic concept pages, preview
 *     images drawn for every page, to see growth;
 *  3. search as shipped (scripts/bench-search.ts), on the real site and on each
 *     synthetic one: bytes of both bundles, bytes and time to a first result,
 *     warm queries, and the full-text pass, in Chromium;
 *  4. Lighthouse (mobile) scores of one page of each kind: performance,
 *     accessibility, best practices, SEO, and layout shift, median of 3 runs.
 *     The test suite asserts all but performance (tests/e2e/lighthouse.spec.ts).
 * Run after `npm run build`: `npm run bench`. Prints a table; writes nothing.
 * `npm run bench -- --lighthouse` runs step 4 alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestPath, type OgManifest } from '../src/integrations/og-images.ts';
import { gzipKB, measureSearch, type SearchTimings } from './bench-search.ts';
import { waitForServer } from './wait-for.ts';
import { CATEGORIES, LIGHTHOUSE_PAGES, launchChrome, runLighthouse, type LighthouseResult } from './lighthouse.ts';

const root = join(import.meta.dirname, '..');
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

function timeBuild(env: Record<string, string>, outDir: string): string {
  const t0 = performance.now();
  const astro = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (astro.status !== 0)
    throw new Error(
      `build failed (${astro.error?.message ?? `exit ${astro.status}`}):\n${(astro.stderr + astro.stdout).slice(-4000)}`,
    );
  // The site's own indexing step, so the bench measures the bundles it ships.
  const index = spawnSync(process.execPath, ['scripts/search-index.ts', outDir], { cwd: root, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`search index failed:\n${(index.stderr + index.stdout).slice(-2000)}`);
  return seconds(t0);
}

function syntheticContent(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
  cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
  // A real article body, so pages weigh what real ones do.
  const body = readFileSync(join(root, 'content/concepts/cgroups.mdx'), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<Misconception[\s\S]*?<\/Misconception>/g, '');
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dir, 'concepts', `bench-${i}.mdx`),
      `---\ntitle: Bench concept ${i}\nshortName: bench-${i}\nlayer: kernel\ndefinition: A synthetic concept page used only to measure how build time grows.\nsince: { value: "2020", sources: [docs] }\nsources:\n  docs: { title: Docs, url: "https://example.org/", checked: 2026-11-25 }\n---\n\nSynthetic page ${i}.\n${body}`,
    );
  }
  return dir;
}

const PREVIEW = 'http://127.0.0.1:4329';

/** Runs `measure` while `astro preview` serves the built site on PREVIEW. */
async function withPreview<T>(measure: () => Promise<T>): Promise<T> {
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', '4329'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  try {
    // Ready when it answers; on a busy machine that can take far longer than the usual second.
    await waitForServer(PREVIEW, 'astro preview', 60);
    return await measure();
  } finally {
    try {
      process.kill(-server.pid!);
    } catch {
      // Gone already: it failed to start, and that error is the one to report.
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each page's scores and layout shift, each the median of `runs` Lighthouse runs. */
async function lighthouseScores(runs = 3): Promise<[string, LighthouseResult['scores'], number][]> {
  const chrome = await launchChrome();
  try {
    const rows: [string, LighthouseResult['scores'], number][] = [];
    for (const path of LIGHTHOUSE_PAGES) {
      const results: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) results.push(await runLighthouse(`${PREVIEW}${path}`, chrome));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]!))]));
      rows.push([path, scores, median(results.map((r) => r.cls))]);
    }
    return rows;
  } finally {
    chrome.kill();
  }
}

const rows: [string, string][] = [];
const searchRow = (what: string, dir: string, t: SearchTimings) => {
  const bundles = `${gzipKB(join(dir, 'pagefind')).toFixed(0)} + ${gzipKB(join(dir, 'pagefind-full')).toFixed(0)} KB`;
  rows.push([
    `search, ${what}`,
    `bundles ${bundles} gzip (headline + full text); first result ${t.cold.toFixed(0)} ms after ${t.firstSearchKB.toFixed(0)} KB; warm ${t.warm.toFixed(0)} ms; full text ${t.fullText.toFixed(0)} ms`,
  ]);
};
const images = (cache: string, out: string) => JSON.parse(readFileSync(manifestPath(cache, out), 'utf8')) as OgManifest;

/** Builds (real and synthetic) and search on each: all but the Lighthouse scores. */
async function buildsAndSearch() {
  const ogCache = mkdtempSync(join(tmpdir(), 'atlas-bench-og-'));
  const realOut = join(tmpdir(), 'atlas-bench-real');
  for (const cache of ['empty', 'filled']) {
    const time = timeBuild({ ATLAS_OG_CACHE: ogCache }, realOut);
    const og = images(ogCache, realOut);
    rows.push([
      `real site build, ${cache} image cache`,
      `${time} s (${og.rendered} of ${og.images} images drawn, ${(og.milliseconds / 1000).toFixed(1)} s)`,
    ]);
  }
  searchRow(
    'real site',
    realOut,
    await measureSearch(realOut, {
      cold: 'cgroup',
      warm: ['namespace', 'containerd', 'rollback', 'selinux', 'ignition'],
      full: 'hierarchy',
    }),
  );
  rmSync(ogCache, { recursive: true, force: true });
  for (const n of [100, 500, 1000]) {
    const dir = syntheticContent(n);
    const out = join(dir, 'dist');
    const cache = join(dir, 'og-cache');
    const time = timeBuild({ ATLAS_CONTENT_DIR: dir, ATLAS_OG_CACHE: cache }, out);
    const og = images(cache, out);
    const drawing = (og.milliseconds / 1000).toFixed(1);
    rows.push([`build, ${n} synthetic pages + fixture`, `${time} s (${og.rendered} images drawn, ${drawing} s)`]);
    const t = await measureSearch(out, {
      cold: 'cgroup',
      warm: ['bench', 'containerd', 'runc', 'sample', 'concept'],
      full: 'hierarchy',
    });
    searchRow(`${n} synthetic pages`, out, t);
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run bench -- --lighthouse`: only the scores (a few minutes), to check a change to a page.
if (!process.argv.includes('--lighthouse')) await buildsAndSearch();
const scores = await withPreview(lighthouseScores);
for (const [path, pageScores, cls] of scores) {
  const four = CATEGORIES.map((c) => pageScores[c]).join(' / ');
  rows.push([`Lighthouse ${path}`, `${four} (perf / a11y / best practices / SEO), CLS ${cls.toFixed(3)}`]);
}
for (const [what, value] of rows) console.log(`${what.padEnd(42)} ${value}`);
