/**
 * URLs are a public contract (docs/ARCHITECTURE.md, "URLs"): once published, a path must keep
 * resolving, to its page or to a redirect. `published-urls.txt` is the list;
 * a new page is added to it on purpose (`UPDATE_URLS=1 npm run test:build`
 * appends new ones and never drops any).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOf, htmlFiles, urlOf } from './dist.ts';

const listFile = join(import.meta.dirname, 'published-urls.txt');
const published = readFileSync(listFile, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const built = htmlFiles()
  .map(urlOf)
  .filter((u) => u !== '/404.html');

describe('published URLs', () => {
  it('every published URL still resolves', () => {
    assert.deepEqual(
      published.filter((u) => !fileOf(u)),
      [],
    );
  });

  it('every built page is in the published list', () => {
    const unlisted = built.filter((u) => !published.includes(u));
    if (unlisted.length && process.env['UPDATE_URLS']) appendFileSync(listFile, unlisted.map((u) => `${u}\n`).join(''));
    else
      assert.deepEqual(unlisted, [], 'new pages: add them to tests/build/published-urls.txt (UPDATE_URLS=1 does it)');
  });
});
