/**
 * Link previews: every built page names a 1200×630 image that exists, with a
 * description; and the image cache means a rebuild with no content change
 * draws nothing, while changing one card redraws exactly that one.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, DomUtils, htmlFiles, parse, pngSize, urlOf } from './dist.ts';
import { manifestPath, type OgManifest } from '../../src/integrations/og-images.ts';
import { routes } from '../../src/lib/routes.ts';
import { twinPath } from '../../src/i18n/locales.ts';

const SITE = 'https://container-atlas.dev';

/** The page's meta tags, by property or name. */
function metas(file: string): Map<string, string> {
  const tags = DomUtils.findAll((e) => e.name === 'meta', parse(file).children);
  return new Map(tags.map((e) => [e.attribs.property ?? e.attribs.name ?? '', e.attribs.content ?? '']));
}

describe('every page has a link-preview image', () => {
  const pages = htmlFiles().map((file) => ({ file, meta: metas(file) }));

  it('names an absolute og:image URL on this site whose PNG is in dist/ and is 1200×630', () => {
    const bad: string[] = [];
    for (const { file, meta } of pages) {
      const image = meta.get('og:image');
      if (!image?.startsWith(`${SITE}/og/`)) {
        bad.push(`${urlOf(file)}: og:image is ${image ?? 'missing'}`);
        continue;
      }
      const png = join(DIST, new URL(image).pathname);
      const size = existsSync(png) ? pngSize(readFileSync(png)) : undefined;
      if (size?.width !== 1200 || size.height !== 630)
        bad.push(`${urlOf(file)}: ${image} is ${size ? `${size.width}×${size.height}` : 'not a PNG in dist/'}`);
    }
    assert.deepEqual(bad, []);
  });

  it('describes the image and declares its size and the large card', () => {
    const bad = pages.flatMap(({ file, meta }) => {
      const missing = [
        (meta.get('og:image:alt') ?? '').trim().length < 20 && 'og:image:alt',
        meta.get('og:image:width') !== '1200' && 'og:image:width',
        meta.get('og:image:height') !== '630' && 'og:image:height',
        meta.get('twitter:card') !== 'summary_large_image' && 'twitter:card',
      ].filter(Boolean);
      return missing.length ? [`${urlOf(file)}: ${missing.join(', ')}`] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('gives each page its own image; a page not yet translated shows its English twin’s', () => {
    const untranslated = (file: string) => readFileSync(file, 'utf8').includes('data-translation="missing"');
    const own = pages.filter(({ file }) => !untranslated(file)).map(({ meta }) => meta.get('og:image'));
    assert.equal(new Set(own).size, own.length);
    const borrowed = pages.filter(({ file }) => untranslated(file));
    const wrong = borrowed
      .filter(({ file, meta }) => meta.get('og:image') !== `${SITE}${routes.ogImage(twinPath(urlOf(file), 'en'))}`)
      .map(({ file }) => urlOf(file));
    assert.deepEqual(wrong, []);
  });
});

describe('the image cache', { concurrency: 1 }, () => {
  let work: string;
  let content: string;
  let cache: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-og-'));
    content = join(work, 'content');
    cache = join(work, 'cache');
    cpSync(join(import.meta.dirname, '../fixtures/content'), content, { recursive: true });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  function build(): OgManifest {
    const outDir = join(work, 'dist');
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, ATLAS_CONTENT_DIR: content, ATLAS_OG_CACHE: cache, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    return JSON.parse(readFileSync(manifestPath(cache, outDir), 'utf8')) as OgManifest;
  }

  it('draws every image once, none on a rebuild, and only the changed card after an edit', () => {
    const first = build();
    assert.ok(first.images > 5, `only ${first.images} images`);
    assert.equal(first.rendered, first.images, 'an empty cache draws every image');

    const second = build();
    assert.deepEqual([second.images, second.rendered, second.reused], [first.images, 0, first.images]);

    const runc = join(content, 'concepts/runc.mdx');
    writeFileSync(
      runc,
      readFileSync(runc, 'utf8').replace(
        /^definition: .*$/m,
        'definition: A changed definition, shown on one card only.',
      ),
    );
    const third = build();
    assert.deepEqual([third.images, third.rendered], [first.images, 1]);
  });
});
