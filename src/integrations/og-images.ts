/**
 * Link-preview images at build time. Pages record their card while they
 * render (src/integrations/og-registry.ts); once the build is written, each
 * card is drawn to a PNG at its page's stable URL (`routes.ogImage`).
 *
 * Drawing ~400 cards takes over half a minute, so images are cached by a hash
 * of the card and the renderer's inputs (its source and package versions): a rebuild with no content change draws
 * none. The cache sits in node_modules/.cache/ (ATLAS_OG_CACHE overrides it),
 * and each build writes a small manifest there saying what it drew and reused.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase, withoutBase } from '../lib/base.ts';
import type { OgCard } from '../lib/og-card.ts';
import { startRecording } from './og-registry.ts';

const require = createRequire(import.meta.url);
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

export interface OgManifest {
  outDir: string;
  images: number;
  rendered: number;
  reused: number;
  milliseconds: number;
}

/** Where a build's manifest is written: one per output directory, so fixture builds never overwrite the site's. */
export function manifestPath(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'builds', `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`);
}

export function defaultCacheDir(root: string): string {
  return process.env.ATLAS_OG_CACHE ?? join(root, 'node_modules/.cache/og-images');
}

export function ogImages(): AstroIntegration {
  let cards = new Map<string, OgCard>();
  let cacheDir = '';
  let base = '/';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = defaultCacheDir(fileURLToPath(config.root));
        base = normalizeBase(config.base);
      },
      'astro:build:start': () => {
        cards = startRecording();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        // Loaded here, not at the top: `astro dev` and `astro check` never need satori or resvg.
        const { renderCard } = await import('./og-render.ts');
        // The renderer's own source is its version: any change to the drawing draws every card again.
        const inputs = [
          readFileSync(fileURLToPath(new URL('./og-render.ts', import.meta.url)), 'utf8'),
          ...['satori', '@resvg/resvg-js', '@fontsource/inter', '@fontsource/noto-sans-sc'].map(versionOf),
        ].join('|');
        const outDir = resolve(fileURLToPath(dir));
        mkdirSync(cacheDir, { recursive: true });
        let rendered = 0;
        for (const [imagePath, card] of [...cards].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const key = createHash('sha256').update(inputs).update(JSON.stringify(card)).digest('hex').slice(0, 32);
          const cached = join(cacheDir, `${key}.png`);
          if (!existsSync(cached)) {
            // Written aside and renamed, so a build running beside this one never reads half a file.
            const partial = `${cached}.${process.pid}.tmp`;
            writeFileSync(partial, await renderCard(card));
            renameSync(partial, cached);
            rendered++;
          }
          // Pages name their image by URL, under the base; dist/ is the base's root.
          const served = withoutBase(imagePath, base);
          if (!served) throw new Error(`preview image ${imagePath} is outside the base ${base}`);
          const target = join(outDir, served);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target);
        }
        const manifest: OgManifest = {
          outDir,
          images: cards.size,
          rendered,
          reused: cards.size - rendered,
          milliseconds: Math.round(performance.now() - t0),
        };
        const path = manifestPath(cacheDir, outDir);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, JSON.stringify(manifest, null, 2));
        logger.info(
          `${manifest.images} preview images: ${rendered} drawn, ${manifest.reused} reused from cache (${manifest.milliseconds} ms)`,
        );
      },
    },
  };
}
