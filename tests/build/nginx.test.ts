/**
 * The sample nginx server (deploy/nginx.conf) serving the built site for real
 * (scripts/local-nginx.ts runs it on local ports). It must start on the nginx a
 * Debian machine installs, serve pages, redirects and the 404 page, send the
 * headers src/lib/host-headers.ts promises on every kind of file, and answer
 * /choose/ from its query string.
 * Needs nginx on the PATH (.ci/run installs it); without it the suite is
 * skipped and says why.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST } from './dist.ts';
import { nginxMissing, startLocalNginx, type LocalNginx } from '../../scripts/local-nginx.ts';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/host-headers.ts';
import { messages } from '../../src/i18n/ui.ts';
import { DomUtils, parseDocument } from 'htmlparser2';

/** The answers a /choose/ page arrives with, `name=value`, and its message for the query. */
function answered(html: string) {
  const doc = parseDocument(html);
  const form = DomUtils.findOne((e) => e.name === 'form' && 'data-choose' in e.attribs, doc.children)!;
  const ticked = DomUtils.findAll((e) => e.name === 'input' && 'checked' in e.attribs, [form]);
  const errors = DomUtils.findOne((e) => 'data-errors' in e.attribs, [form])!;
  return {
    ticked: ticked.map((e) => `${e.attribs['name']}=${e.attribs['value']}`).sort(),
    message: DomUtils.textContent(errors),
  };
}

const missing =
  nginxMissing() ?? (BASE !== '/' ? 'the sample serves the site at the root; this build has a base path' : undefined);

describe('deploy/nginx.conf serving dist/', { skip: missing }, () => {
  let nginx: LocalNginx;
  let origin = '';
  let redirectOrigin = '';

  before(async () => {
    nginx = await startLocalNginx(DIST);
    ({ origin, redirectOrigin } = nginx);
  });

  after(() => nginx?.stop());

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

  describe('/choose/ answered from its query string (SSI)', () => {
    const noPreference = ['mac=', 'shell=', 'support=', 'update=', 'workloads='];
    const page = async (path: string) => {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assertHeaders(response, REVALIDATE);
      const html = await response.text();
      assert.ok(!html.includes('<!--#'), `${path}: an SSI directive reached the reader`);
      return html;
    };

    it('arrives unanswered, as built, when the query is empty', async () => {
      const html = await page('/choose/');
      assert.deepEqual(answered(html), answered(readFileSync(join(DIST, 'choose/index.html'), 'utf8')));
      assert.deepEqual(answered(html), { ticked: noPreference, message: '' });
      assert.ok(!html.includes('data-static-host-only'), 'the static-host note and link are gone');
      assert.match(
        html,
        /<button type="submit" data-submit class="bg-accent/,
        'the submit button shows without JavaScript',
      );
    });

    it('ticks every answer the query names, however a form or a hand-written link spells it', async () => {
      const { ticked, message } = answered(await page('/choose/?on=aws,AZURE&on=+arm&workloads=&shell=ssh&active=yes'));
      assert.deepEqual(ticked, [
        'active=yes',
        'mac=',
        'on=arm',
        'on=aws',
        'on=azure',
        'shell=ssh',
        'support=',
        'update=',
        'workloads=',
      ]);
      assert.equal(message, '');
      const canonical = answered(await page('/choose/?on=gcp%2Cvmware&mac=any&support=any'));
      assert.deepEqual(canonical.ticked, [
        'mac=any',
        'on=gcp',
        'on=vmware',
        'shell=',
        'support=any',
        'update=',
        'workloads=',
      ]);
    });

    it('ticks nothing for an unknown answer and says so, in the page language', async () => {
      const english = answered(await page('/choose/?on=awsx&mac=selinux'));
      assert.deepEqual(english.ticked, ['mac=selinux', 'shell=', 'support=', 'update=', 'workloads=']);
      assert.equal(english.message, messages('en').choose.unknownAnswers);
      const chinese = answered(await page('/zh/choose/?colour=blue&update=image'));
      assert.deepEqual(chinese.ticked, ['mac=', 'shell=', 'support=', 'update=image', 'workloads=']);
      assert.equal(chinese.message, messages('zh').choose.unknownAnswers);
    });

    it('never writes the query into the page', async () => {
      const hostile = '<script>alert(1)</script>';
      const html = await page(`/choose/?on=${encodeURIComponent(hostile)}&${encodeURIComponent('"><img>')}=1`);
      assert.ok(!html.includes(hostile) && !html.includes('"><img>'));
      assert.equal(answered(html).message, messages('en').choose.unknownAnswers);
    });
  });
});
