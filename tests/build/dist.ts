/**
 * Reading the built site in dist/: pages, their assets, and gzip sizes.
 * `npm run check:base` points these tests at a build under a base path
 * (ATLAS_DIST, BASE, SITE); URLs here are as served, under that base.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument, DomUtils } from 'htmlparser2';
import { DEFAULT_SITE, normalizeBase, withBase, withoutBase } from '../../src/lib/base.ts';

export const DIST = process.env['ATLAS_DIST']
  ? resolve(process.env['ATLAS_DIST'])
  : join(import.meta.dirname, '../../dist');
/** The base the site in DIST was built for, as astro.config.mjs reads it. */
export const BASE = normalizeBase(process.env['BASE']);
/** The site's address with its base: `https://container-atlas.dev/`. */
export const SITE_ROOT = new URL(BASE, process.env['SITE'] || DEFAULT_SITE).href;

export function htmlFiles(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error('dist/ is missing: run `npm run build` first');
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** `/distros/flatcar/` for dist/distros/flatcar/index.html (`/repo/distros/flatcar/` under a base). */
export function urlOf(file: string): string {
  const rel = '/' + relative(DIST, file).split('\\').join('/');
  return withBase(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, BASE);
}

/** The file a URL path is served from; undefined when there is none, or the path is outside the base. */
export function fileOf(url: string): string | undefined {
  const served = withoutBase(url.split(/[?#]/)[0]!, BASE);
  if (served === undefined) return undefined;
  const path = decodeURIComponent(served);
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, path), join(DIST, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function parse(file: string) {
  return parseDocument(readFileSync(file, 'utf8'));
}

export { DomUtils };

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** A script file and every chunk it imports statically, each once. */
export function scriptClosure(url: string, seen = new Set<string>()): string[] {
  if (seen.has(url)) return [];
  seen.add(url);
  const file = fileOf(url);
  if (!file) throw new Error(`script ${url} is not in dist/`);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => new URL(m[1]!, `http://x${url}`).pathname,
  );
  return [url, ...imports.flatMap((i) => scriptClosure(i, seen))];
}

/** Width and height from a PNG's header (its IHDR chunk), or undefined when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG' || png.subarray(12, 16).toString('latin1') !== 'IHDR')
    return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
