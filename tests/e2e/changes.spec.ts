import { test, expect } from '@playwright/test';

test('/changes/ lists entries newest first, each with its kind in words, links and sources', async ({ page }) => {
  await page.goto('/changes/');
  const entries = page.locator('article.change-entry');
  expect(await entries.count()).toBeGreaterThan(25);
  const dates = await entries.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  const first = entries.first();
  await expect(first.locator('.change-kind')).not.toBeEmpty();
  await expect(first.getByText('Concerns:')).toBeVisible();
  expect(await first.locator('a[href^="https://"]').count()).toBeGreaterThan(0);

  // Months are headed newest first too.
  const months = await page.locator('h2[id^="month-"]').evaluateAll((els) => els.map((e) => e.id));
  expect(months).toEqual([...months].sort().reverse());
});

test('an entry has a copy-link control that points at its own anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/changes/');
  const id = 'change-2026-12-02-corrected-rhcos-crun';
  await page.locator(`#${id} + a[data-copy-link]`).click();
  await expect(page).toHaveURL(new RegExp(`/changes/#${id}$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/changes/#${id}$`));
});

test('an OS page lists its recent changes, newest first, linking into /changes/', async ({ page }) => {
  await page.goto('/distros/talos/');
  const recent = page.locator('[data-recent-changes]');
  await expect(recent.getByRole('heading', { name: 'Recent changes' })).toBeVisible();
  const items = recent.locator('li');
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThanOrEqual(5);
  const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  const link = items.first().getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/changes\/#.+/);
  await link.click();
  await expect(page).toHaveURL(/\/changes\/#/);
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});

test('the footer links to /changes/, which offers the feed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/changes.atom');
});
