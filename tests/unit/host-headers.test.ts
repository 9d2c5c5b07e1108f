import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HASHED_PATHS,
  HOST_HEADER_FILES,
  IMMUTABLE,
  SECURITY_HEADERS,
  headersFile,
  nginxConfig,
} from '../../src/lib/host-headers.ts';
import { DIRECTIVES, INLINE_SCRIPT_HASHES, headerPolicy, parsePolicy, sha256 } from '../../src/lib/security-policy.ts';
import { THEME_INIT } from '../../src/lib/theme-init.ts';

const root = join(import.meta.dirname, '../..');
const policy = parsePolicy(headerPolicy());

describe('Content Security Policy', () => {
  it('hashes as CSP expects: base64 SHA-256 of the UTF-8 text', () => {
    assert.equal(sha256(''), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    assert.deepEqual(INLINE_SCRIPT_HASHES, [sha256(THEME_INIT)]);
  });

  it('allows no inline script or style but the hashed theme script, and no eval', () => {
    for (const directive of ['script-src', 'style-src', 'default-src']) {
      const tokens = policy.get(directive) ?? assert.fail(`${directive} missing`);
      assert.ok(!tokens.includes("'unsafe-inline'"), directive);
      assert.ok(!tokens.includes("'unsafe-eval'"), directive);
    }
    assert.deepEqual(policy.get('script-src'), ["'self'", "'wasm-unsafe-eval'", `'${sha256(THEME_INIT)}'`]);
    assert.deepEqual(policy.get('style-src'), ["'self'"]);
  });

  it('locks down plugins, <base>, form targets and framing', () => {
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'self'"]);
    assert.deepEqual(policy.get('form-action'), ["'self'"]);
    assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  });

  it('keeps frame-ancestors out of the meta element, where browsers ignore it', () => {
    assert.ok(!DIRECTIVES.some((d) => d.startsWith('frame-ancestors')));
  });
});

describe('host headers', () => {
  for (const [path, write] of Object.entries(HOST_HEADER_FILES)) {
    it(`${path} is what \`npm run headers\` writes`, () => {
      assert.equal(readFileSync(join(root, path), 'utf8'), write(), `${path} is out of date: run \`npm run headers\``);
    });
  }

  it('_headers sends every security header on every path and caches hashed files for a year', () => {
    const blocks = headersFile()
      .trim()
      .split(/\n\n/)
      .filter((b) => b.startsWith('/'))
      .map((b) => b.split('\n'));
    const all = blocks.find((b) => b[0] === '/*') ?? assert.fail('no /* rule');
    assert.deepEqual(
      all.slice(1),
      SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    );
    // Both hosts join repeated headers from overlapping rules, so /* must not set Cache-Control.
    assert.ok(!all.some((line) => line.includes('Cache-Control')));
    for (const path of HASHED_PATHS) {
      const rule = blocks.find((b) => b[0] === `${path}*`) ?? assert.fail(`no rule for ${path}`);
      assert.deepEqual(rule.slice(1), [`  Cache-Control: ${IMMUTABLE}`]);
    }
    assert.ok(HASHED_PATHS.includes('/_astro/') && HASHED_PATHS.includes('/pagefind/fragment/'));
  });

  it('nginx repeats every security header in every location, since a location drops inherited ones', () => {
    const locations = nginxConfig()
      .split(/\n\s*location /)
      .slice(1);
    assert.equal(locations.length, 4);
    for (const location of locations) {
      for (const [name, value] of SECURITY_HEADERS) {
        assert.ok(location.includes(`add_header ${name} "${value}" always;`), `${name} in ${location.split('\n')[0]}`);
      }
      assert.match(location, /add_header Cache-Control "[^"]+" always;/);
    }
  });
});
