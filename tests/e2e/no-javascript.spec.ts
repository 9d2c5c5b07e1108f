import { test, expect } from '@playwright/test';
import { conceptSlugs, distroSlugs } from './site.ts';
import { CONCEPT_OUTLINE, DISTRO_OUTLINE } from '../../src/lib/outline.ts';

test.use({ javaScriptEnabled: false });

test('with JavaScript off every OS page shows its full article and facts', async ({ page }) => {
  for (const slug of distroSlugs()) {
    await page.goto(`/distros/${slug}/`);
    for (const heading of DISTRO_OUTLINE)
      await expect(
        page.getByRole('heading', { level: 2, name: heading, exact: false }).first(),
        `${slug}: ${heading}`,
      ).toBeVisible();
    await expect(page.locator('#fact-status')).toBeVisible();
    await expect(page.locator('#sources')).toBeVisible();
  }
});

test('with JavaScript off every concept page shows its full article', async ({ page }) => {
  for (const slug of conceptSlugs()) {
    await page.goto(`/concepts/${slug}/`);
    for (const heading of CONCEPT_OUTLINE)
      await expect(page.locator('article h2', { hasText: heading }).first(), `${slug}: ${heading}`).toBeVisible();
  }
});

test('with JavaScript off the matrix and the OS list show everything', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('thead th[data-col]:visible')).toHaveCount(distroSlugs().length);
  await expect(page.locator('tr[data-row]:visible')).not.toHaveCount(0);
  await page.goto('/distros/?status=active');
  await expect(page.locator('[data-card]:visible')).toHaveCount(distroSlugs().length);
});
