/**
 * `npm run headers`: writes public/_headers (Netlify, Cloudflare Pages) and
 * deploy/nginx.conf from src/lib/host-headers.ts. Run it after changing the
 * policy; tests/unit/host-headers.test.ts fails until the files match.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_HEADER_FILES } from '../src/lib/host-headers.ts';

const root = join(import.meta.dirname, '..');
for (const [path, write] of Object.entries(HOST_HEADER_FILES)) {
  writeFileSync(join(root, path), write());
  console.log(`wrote ${path}`);
}
