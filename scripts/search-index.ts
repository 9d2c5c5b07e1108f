/**
 * Builds two Pagefind bundles over dist/, or the directory given as the first
 * argument (run after `astro build`):
 *
 *  - /pagefind/       headline index: titles, summaries and section headings.
 *                     Small enough (one ~15 KB chunk) that a first search
 *                     stays inside the 100 KB first-search budget.
 *  - /pagefind-full/  full text of every article, aliases included, searched
 *                     right after the headline results show, to add matches
 *                     from the prose.
 *
 * Pagefind fixes its index chunks at 20,000 word positions (~30 KB gzip), so
 * a full-text-only site would fetch ~115 KB before its first result.
 *
 * Aliases (and breadcrumbs) are not in the headline index, only in the full one: the search page matches whole names
 * and aliases itself, typos and punctuation forgiven, from /search/names.json
 * (src/lib/search-names.ts), which costs fewer bytes than they did here.
 * See docs/SEARCH.md.
 */
import { spawnSync } from 'node:child_process';

const site = process.argv[2] ?? 'dist';
// Code, figures and diagrams are not prose; copy-link controls put a "#" after every heading.
const NOT_SEARCHABLE = ['.prose pre', '.prose figure', '.prose svg', '[data-copy-link]'];
// The headline index keeps titles, summaries and h2 headings; h3s, body text and aliases are in the full index.
const PROSE_BODY = ['.prose p', '.prose li', '.prose table', '.prose .misconception', '.prose blockquote', '.prose h3'];
const FULL_ONLY = ['[data-search-full-only]'];

function pagefind(outputSubdir: string, exclude: string[]) {
  const args = ['--site', site, '--output-subdir', outputSubdir, ...exclude.flatMap((s) => ['--exclude-selectors', s])];
  const run = spawnSync('pagefind', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`pagefind ${outputSubdir} failed (exit ${run.status})`);
    process.exit(1);
  }
}

pagefind('pagefind', [...NOT_SEARCHABLE, ...PROSE_BODY, ...FULL_ONLY]);
pagefind('pagefind-full', NOT_SEARCHABLE);
