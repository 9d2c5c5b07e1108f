import { test, expect } from '@playwright/test';

test('a heading link copies the URL of that section and jumps to it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/distros/flatcar/');
  const link = page.getByRole('link', { name: 'Link to section: Updates and rollback' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/distros\/flatcar\/#updates-and-rollback$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/distros\/flatcar\/#updates-and-rollback$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
});

test('a matrix row has a visible copy-link control', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare/');
  await page.getByRole('link', { name: 'Link to row: Rollback' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/compare\/#rollback$/);
});
