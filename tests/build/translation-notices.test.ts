/**
 * What a reader of a translation sees when it lags or is missing, built from
 * the fixture content (tests/fixtures/content): the real site has every page
 * translated and current, so this is where the notices are proved. A page
 * whose English changed says so; a page with no translation shows the English
 * under a notice, stays out of the sitemap and points search engines at the
 * English page; either way the reader gets a link to the English page.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('translation notices (fixture build)', () => {
  let work: string;
  const page = (path: string) => readFileSync(join(work, 'dist', path, 'index.html'), 'utf8');
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-translations-'));
    cpSync(join(import.meta.dirname, '../fixtures/content'), join(work, 'content'), { recursive: true });
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
      env: { ...process.env, ATLAS_CONTENT_DIR: join(work, 'content'), ATLAS_OG_CACHE: join(work, 'og') },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('marks a translation written against an older English page, and keeps it in the index', () => {
    const html = page('zh/distros/sample-os');
    assert.match(html, /data-translation="outdated"[^>]*>\s*英文原文在本译文写成后有过修改/);
    assert.match(html, /<a href="\/distros\/sample-os\/" hreflang="en" lang="en">\s*阅读英文原文\s*<\/a>/);
    assert.match(html, /<p class="text-lg max-w-3xl">构建测试用的示例操作系统/);
    assert.doesNotMatch(html, /name="robots"/);
    assert.match(readFileSync(join(work, 'dist', 'sitemap-zh-0.xml'), 'utf8'), /\/zh\/distros\/sample-os\//);
  });

  it('shows the English article under a notice where there is no translation, out of search and the sitemap', () => {
    const html = page('zh/distros/other-os');
    assert.match(html, /<html lang="zh-Hans"/);
    assert.match(html, /data-translation="missing"[^>]*>\s*本页尚未翻译，以下为英文原文。/);
    assert.match(html, /<div class="prose[^"]*" lang="en">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/container-atlas.dev\/distros\/other-os\/">/);
    assert.doesNotMatch(html, /data-pagefind-body/);
    assert.doesNotMatch(readFileSync(join(work, 'dist', 'sitemap-zh-0.xml'), 'utf8'), /\/zh\/distros\/other-os\//);
    // Its English page does not offer a Chinese version that is only the English again.
    assert.doesNotMatch(page('distros/other-os'), /<link rel="alternate" hreflang="zh-Hans"/);
  });
});
