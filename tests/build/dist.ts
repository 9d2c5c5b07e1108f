/** Reading the built site in dist/: pages, their assets, and gzip sizes. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument, DomUtils } from 'htmlparser2';

export const DIST = join(import.meta.dirname, '../../dist');

export function htmlFiles(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error('dist/ is missing: run `npm run build` first');
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** `/distros/flatcar/` for dist/distros/flatcar/index.html. */
export function urlOf(file: string): string {
  const rel = '/' + relative(DIST, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function fileOf(url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
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
