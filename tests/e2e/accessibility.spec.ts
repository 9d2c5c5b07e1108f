/**
 * axe-core (WCAG 2.x A and AA) on every page in the sitemap, in both themes.
 * Each page loads once, in the light scheme; the dark check follows on the
 * same page after the OS preference flips (the theme script follows it), so
 * the sweep costs one navigation per page, not two.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './site.ts';

const paths = [...sitemapPaths(), '/404.html'];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test.use({ colorScheme: 'light' });
// Two full axe passes over the largest pages (/compare/ has every OS × every attribute)
// take longer than the default 30 s on a busy two-core machine.
test.setTimeout(120_000);

for (const path of paths) {
  test(`${path} has no axe violations in the light and dark themes`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    expect(await violations(page), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await violations(page), 'dark theme').toEqual([]);
  });
}
