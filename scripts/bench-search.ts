/**
 * Search as shipped, measured on any built site directory: both Pagefind
 * bundles (the headline index and the full text, written by
 * scripts/search-index.ts) plus the names table, served by a plain static
 * server and queried from /search/ in Chromium. Used by scripts/bench.ts on
 * the real site and on synthetic sites of 100, 500 and 1,000 extra pages.
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` as a static host would: directory URLs get their index.html. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Gzipped size of every file under `dir`, in KB: what a host compressing on the fly sends. */
export function gzipKB(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) bytes += gzipSync(readFileSync(join(entry.parentPath, entry.name))).length;
  return bytes / 1024;
}

export interface SearchTimings {
  /** Keystroke to first headline result, Pagefind not yet loaded. */
  cold: number;
  /** Median of five further queries. */
  warm: number;
  /** Keystroke to the full-text pass having added its results, on a query not searched before. */
  fullText: number;
  /** Pagefind and names-table bytes fetched until the first result showed, gzipped, in KB. */
  firstSearchKB: number;
}

export async function measureSearch(
  dir: string,
  queries: { cold: string; warm: string[]; full: string },
): Promise<SearchTimings> {
  const server = await serve(dir);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (r) => {
      if (/\/(pagefind|pagefind-full|search)\//.test(new URL(r.url()).pathname)) fetched.push(r.url());
    });
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const input = page.locator('#search-page-input');
    const first = page.locator('[data-results] li').first();
    const measure = async (q: string) => {
      await input.fill('');
      await first.waitFor({ state: 'detached' }).catch(() => {});
      const t0 = await page.evaluate(() => performance.now());
      await input.fill(q);
      await first.waitFor();
      return (await page.evaluate(() => performance.now())) - t0;
    };
    const cold = await measure(queries.cold);
    const firstSearchKB =
      fetched
        .map((u) => join(dir, new URL(u).pathname))
        .filter((f) => existsSync(f) && statSync(f).isFile())
        .reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024;
    const warm = [];
    for (const q of queries.warm) warm.push(await measure(q));
    // The full-text pass runs after the headline results show; the status line says when it is done.
    const t0 = await page.evaluate(() => performance.now());
    await input.fill(queries.full);
    await page.waitForFunction(() => {
      const status = document.querySelector('search-page [data-status]')?.textContent ?? '';
      return status.includes('for “') && !status.includes('searching article text');
    });
    const fullText = (await page.evaluate(() => performance.now())) - t0;
    return { cold, warm: [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]!, fullText, firstSearchKB };
  } finally {
    await browser.close();
    server.close();
  }
}
