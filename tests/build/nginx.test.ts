/**
 * The sample nginx server (deploy/nginx.conf) serving the built site for real.
 * Its HTTPS server block, with TLS swapped for a plain local port (a test has
 * no certificate) and its root pointed at dist/, must start on the nginx a
 * Debian machine installs, serve pages, redirects and the 404 page, and send
 * the headers src/lib/host-headers.ts promises on every kind of file.
 * Needs nginx on the PATH (.ci/run installs it); without it the suite is
 * skipped and says why.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DIST } from './dist.ts';
import { waitForServer } from '../../scripts/wait-for.ts';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/host-headers.ts';

const sample = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
const missing = spawnSync('nginx', ['-v']).error
  ? 'nginx is not installed (apt-get install nginx-light)'
  : BASE !== '/'
    ? 'the sample serves the site at the root; this build has a base path'
    : undefined;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** The sample with only what a local test must change; throws if the sample no longer has those lines. */
function localSite(port: number, redirectPort: number): string {
  const swaps: [RegExp, string][] = [
    [/^\s*listen 80;$/m, `    listen 127.0.0.1:${redirectPort};`],
    [/^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:(80|443 ssl http2);\n/gm, ''],
    [/^\s*root \/srv\/container-atlas\/dist;$/m, `    root ${DIST};`],
  ];
  return swaps.reduce((conf, [pattern, replacement]) => {
    assert.match(conf, pattern, `deploy/nginx.conf no longer has ${pattern}`);
    return conf.replace(pattern, replacement);
  }, sample);
}

describe('deploy/nginx.conf serving dist/', { skip: missing }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  let server: ChildProcess;
  let origin = '';
  let redirectOrigin = '';

  before(async () => {
    const [port, redirectPort] = [await freePort(), await freePort()];
    origin = `http://127.0.0.1:${port}`;
    redirectOrigin = `http://127.0.0.1:${redirectPort}`;
    writeFileSync(join(dir, 'site.conf'), localSite(port, redirectPort));
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
      .join(' ');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off; pid ${join(dir, 'nginx.pid')}; events {}
       http { include /etc/nginx/mime.types; access_log off; ${temp} include ${join(dir, 'site.conf')}; }`,
    );
    const test = spawnSync('nginx', ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    assert.equal(test.status, 0, `nginx -t rejected the sample:\n${test.stderr}`);
    server = spawn('nginx', ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
      stdio: 'ignore',
    });
    await waitForServer(origin, 'nginx', 10);
  });

  after(() => {
    server?.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(origin + path, { redirect: 'manual' });
  function assertHeaders(response: Response, cache: string) {
    for (const [name, value] of SECURITY_HEADERS) assert.equal(response.headers.get(name), value, name);
    assert.equal(response.headers.get('cache-control'), cache);
  }
  const firstFile = (dirPath: string, suffix: string) => {
    const name = readdirSync(join(DIST, dirPath)).find((f) => f.endsWith(suffix));
    assert.ok(name, `no ${suffix} file in dist/${dirPath}`);
    return `/${dirPath}/${name}`;
  };

  it('serves pages as UTF-8 HTML with every security header, revalidated on each visit', async () => {
    for (const path of ['/', '/distros/flatcar/', '/compare/']) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assertHeaders(response, REVALIDATE);
    }
  });

  it('caches files with a hash in their name for a year, with the same security headers', async () => {
    for (const path of [firstFile('_astro', '.css'), firstFile('pagefind', '.pf_meta')]) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assertHeaders(response, IMMUTABLE);
    }
    // Pagefind's entry script keeps its name from build to build: revalidated, like pages.
    assertHeaders(await get('/pagefind/pagefind.js'), REVALIDATE);
  });

  it('adds the slash to a directory URL and answers a missing page with the 404 page', async () => {
    const redirect = await get('/distros/flatcar');
    assert.equal(redirect.status, 301);
    assert.match(redirect.headers.get('location') ?? '', /\/distros\/flatcar\/$/);
    const missingPage = await get('/no-such-page/');
    assert.equal(missingPage.status, 404);
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(DIST, '404.html'), 'utf8'))![1]!;
    assert.ok((await missingPage.text()).includes(`<title>${title}</title>`), 'the body is dist/404.html');
    assertHeaders(missingPage, REVALIDATE);
  });

  it('sends plain HTTP to HTTPS', async () => {
    const response = await fetch(`${redirectOrigin}/compare/?os=flatcar`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), 'https://127.0.0.1/compare/?os=flatcar');
  });
});
