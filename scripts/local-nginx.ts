/**
 * The sample nginx server (deploy/nginx.conf) on local ports, serving a built
 * site: its HTTPS server block with TLS swapped for a plain port (a test has no
 * certificate) and its root pointed at the build. Used by the build tests
 * (tests/build/nginx.test.ts) and by the browser tests of what only a server
 * can do (tests/e2e/choose-server.spec.ts). Needs nginx on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServer } from './wait-for.ts';

const SAMPLE = join(import.meta.dirname, '../deploy/nginx.conf');

/** Why nginx cannot run here, or undefined when it can. */
export const nginxMissing = (): string | undefined =>
  spawnSync('nginx', ['-v']).error ? 'nginx is not installed (apt-get install nginx-light)' : undefined;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** The sample with only what a local run must change; throws if the sample no longer has those lines. */
export function localSite(sample: string, root: string, port: number, redirectPort: number): string {
  const swaps: [RegExp, string][] = [
    [/^\s*listen 80;$/m, `    listen 127.0.0.1:${redirectPort};`],
    [/^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:(80|443 ssl http2);\n/gm, ''],
    [/^\s*root \/srv\/container-atlas\/dist;$/m, `    root ${root};`],
  ];
  return swaps.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
    return conf.replace(pattern, replacement);
  }, sample);
}

export interface LocalNginx {
  /** The HTTPS server block, as plain HTTP. */
  origin: string;
  /** The server block that sends plain HTTP to HTTPS. */
  redirectOrigin: string;
  stop(): void;
}

export async function startLocalNginx(root: string): Promise<LocalNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const [port, redirectPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'site.conf'), localSite(readFileSync(SAMPLE, 'utf8'), root, port, redirectPort));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; pid ${join(dir, 'nginx.pid')}; events {}
     http { include /etc/nginx/mime.types; access_log off; ${temp} include ${join(dir, 'site.conf')}; }`,
  );
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  const test = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejected the sample:\n${test.stderr}`);
  const server = spawn('nginx', args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, 'nginx', 10);
  return {
    origin,
    redirectOrigin: `http://127.0.0.1:${redirectPort}`,
    stop() {
      server.kill('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
