/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page in the
 * sitemap, in both themes. Each page loads once, in the light scheme, for the
 * full check; then the OS preference flips to dark (the theme script follows
 * it) and the rules that depend on colour run again. Structure does not
 * change with the theme, so the sweep costs one navigation and one full pass
 * per page, not two.
 *
 * The sweep is most of the browser tests' time, so it spends nothing it does
 * not need: each worker keeps one page for all its tests, axe comes with every
 * page load as an init script (compiled once per worker) and both passes run
 * in that page (./axe.ts).
 */
import { test as base, expect, devices, type Page } from '@playwright/test';
import { WCAG_TAGS, preloadAxe, prepareForAxe, violations } from './axe.ts';
import { sitemapPaths, untranslatedPaths } from './site.ts';

const paths = [...sitemapPaths(), ...untranslatedPaths(), '/404.html'];

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, userAgent, deviceScaleFactor } = devices['Desktop Chrome'];
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL!,
        viewport,
        userAgent,
        deviceScaleFactor,
        colorScheme: 'light',
      });
      await preloadAxe(context);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// axe over the largest pages (/compare/ has every OS × every attribute) takes
// longer than the default 30 s on a busy two-core machine.
test.setTimeout(120_000);

for (const path of paths) {
  test(`${path} has no axe violations in the light and dark themes`, async ({ sweepPage: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    await prepareForAxe(page);
    expect(await violations(page, { type: 'tag', values: WCAG_TAGS }), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await violations(page, { type: 'rule', values: COLOUR_RULES }), 'dark theme').toEqual([]);
  });
}
