/**
 * axe-core (WCAG 2.x A and AA) on every page in the sitemap, in both themes.
 * Each page loads once, in the light scheme, for the full check; then the OS
 * preference flips to dark (the theme script follows it) and the rules that
 * depend on colour run again. Structure does not change with the theme, so
 * the sweep costs one navigation and one full pass per page, not two.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './site.ts';

const paths = [...sitemapPaths(), '/404.html'];

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test.use({ colorScheme: 'light' });
// axe over the largest pages (/compare/ has every OS × every attribute) takes
// longer than the default 30 s on a busy two-core machine.
test.setTimeout(120_000);

for (const path of paths) {
  test(`${path} has no axe violations in the light and dark themes`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    expect(await violations(page), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await violations(page, COLOUR_RULES), 'dark theme').toEqual([]);
  });
}
