import { test, expect } from '@playwright/test';
import { columnHeads, conceptSlugs, distroSlugs } from './site.ts';
import { CONCEPT_OUTLINE, DISTRO_OUTLINE } from '../../src/lib/outline.ts';

test.use({ javaScriptEnabled: false });

// One test per page: the pages spread over the workers, and a slow page cannot time out the rest.
for (const slug of distroSlugs()) {
  test(`with JavaScript off /distros/${slug}/ shows its full article and facts`, async ({ page }) => {
    await page.goto(`/distros/${slug}/`);
    for (const heading of DISTRO_OUTLINE)
      await expect(
        page.getByRole('heading', { level: 2, name: heading, exact: false }).first(),
        `${slug}: ${heading}`,
      ).toBeVisible();
    await expect(page.locator('#fact-status')).toBeVisible();
    await expect(page.locator('#sources')).toBeVisible();
  });
}

for (const slug of conceptSlugs()) {
  test(`with JavaScript off /concepts/${slug}/ shows its full article`, async ({ page }) => {
    await page.goto(`/concepts/${slug}/`);
    for (const heading of CONCEPT_OUTLINE)
      await expect(page.locator('article h2', { hasText: heading }).first(), `${slug}: ${heading}`).toBeVisible();
  });
}

test('with JavaScript off the matrix and the OS list show everything', async ({ page }) => {
  await page.goto('/compare/');
  await expect(columnHeads(page, true)).toHaveCount(distroSlugs().length);
  await expect(page.locator('tr[data-row]:visible')).not.toHaveCount(0);
  await page.goto('/distros/?status=active');
  await expect(page.locator('[data-card]:visible')).toHaveCount(distroSlugs().length);
});
