import { test, expect } from '@playwright/test';

test('a filtered OS list round-trips through the URL', async ({ page, context }) => {
  await page.goto('/distros/');
  const all = await page.locator('[data-card]').count();
  await page
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Active/ })
    .check();
  await page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { name: /^AWS/ }).check();
  await expect(page).toHaveURL(/\/distros\/\?status=active&platform=aws$/);
  const shown = await page.locator('[data-card]:visible').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(all);
  await expect(page.getByText(`Showing ${shown.length} of ${all} operating systems.`)).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-card]:visible')).toHaveCount(shown.length);
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Active/ })).toBeChecked();

  const pasted = await context.newPage();
  await pasted.goto(page.url());
  expect(await pasted.locator('[data-card]:visible').allTextContents()).toEqual(shown);
});

test('every card shown matches the filter', async ({ page }) => {
  await page.goto('/distros/?status=discontinued');
  for (const card of await page.locator('[data-card]:visible').all()) await expect(card).toContainText('Discontinued');
  await expect(page.locator('[data-card]:visible')).not.toHaveCount(0);
});

test('an unknown filter value is named, not silently ignored', async ({ page }) => {
  await page.goto('/distros/?platform=mars');
  await expect(page.getByRole('alert')).toContainText('Unknown platform in “?platform=”: “mars”');
});

test('each "which one fits me" path on the home page leads to a non-empty list', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .getByRole('region', { name: 'Which one fits me?' })
    .locator('a[href^="/distros/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('facet-filter [data-errors]')).toBeEmpty();
    await expect(page.locator('[data-card]:visible').first(), href).toBeVisible();
  }
});
