/**
 * Lighthouse (mobile) on one page of each kind, served by the preview server:
 * accessibility, best practices and SEO score 100 and nothing shifts (CLS 0).
 * Performance is left to `npm run bench`: on a shared machine it measures the
 * machine. One Chrome for the file, one run per page, one page after another
 * (two Lighthouse runs at once would each slow the other).
 */
import { test as base, expect } from '@playwright/test';
import type { LaunchedChrome } from 'chrome-launcher';
import { LIGHTHOUSE_PAGES, launchChrome, runLighthouse } from '../../scripts/lighthouse.ts';

const test = base.extend<object, { chrome: LaunchedChrome }>({
  chrome: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const chrome = await launchChrome();
      await use(chrome);
      chrome.kill();
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

for (const path of LIGHTHOUSE_PAGES) {
  test(`${path}: accessibility, best practices and SEO 100, no layout shift`, async ({ chrome, baseURL }) => {
    const { scores, cls, failures } = await runLighthouse(new URL(path, baseURL).href, chrome, [
      'accessibility',
      'best-practices',
      'seo',
    ]);
    expect({ ...scores, cls }, failures.join('\n')).toEqual({
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
      cls: 0,
    });
  });
}
