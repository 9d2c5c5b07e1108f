import { test, expect } from '@playwright/test';
import { columnHeads, distroSlugs } from './site.ts';

test('/compare/ shows exactly one column per OS', async ({ page }) => {
  await page.goto('/compare/');
  const columns = await columnHeads(page).evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset['col']));
  expect(columns.sort()).toEqual(distroSlugs().sort());
});

test('a matrix row can be linked: /compare/#update-model lands on that row', async ({ page }) => {
  await page.goto('/compare/#update-model');
  const row = page.locator('tr#update-model');
  await expect(row).toBeInViewport();
  await expect(row.getByRole('rowheader')).toContainText('Update model');
});

test('a pasted compare link restores the same view', async ({ page, context }) => {
  await page.goto('/compare/');
  await page.getByText('Choose OSes, attributes and order').click();
  // Keep two OSes and one attribute, ordered by first release.
  for (const box of await page.locator('input[name=os]').all()) {
    const v = await box.getAttribute('value');
    if (v !== 'flatcar' && v !== 'talos') await box.uncheck();
  }
  for (const box of await page.locator('input[name=rows]').all()) {
    if ((await box.getAttribute('value')) !== 'status') await box.uncheck();
  }
  await page.getByLabel('Order OSes by').selectOption('first-release');
  await expect(page).toHaveURL(/\?os=flatcar,talos&rows=status&sort=first-release$/);

  const pasted = await context.newPage();
  await pasted.goto(page.url());
  await expect(columnHeads(pasted, true)).toHaveCount(2);
  await expect(pasted.locator('tr[data-row]:visible')).toHaveCount(1);
  await expect(pasted.locator('tr#status td:visible')).toHaveCount(2);
  await expect(pasted.getByLabel('Order OSes by')).toHaveValue('first-release');
  // Flatcar (2018) before Talos (later): ordered by first release.
  await expect(columnHeads(pasted, true).first()).toHaveAttribute('data-col', 'flatcar');
});

test('a bad query string says what is wrong and still shows the matrix', async ({ page }) => {
  await page.goto('/compare/?os=flatcar,windows-95&sort=speed');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Unknown OS in “?os=”: “windows-95”');
  await expect(alert).toContainText('Unknown attribute to sort by in “?sort=”: “speed”');
  await expect(columnHeads(page, true)).toHaveCount(1);
});

test('a pair page compares two OSes side by side', async ({ page }) => {
  await page.goto('/distros/flatcar/');
  await page
    .getByRole('complementary', { name: 'Facts and related pages' })
    .getByRole('link', { name: 'Talos', exact: true })
    .click();
  await expect(page).toHaveURL(/\/compare\/flatcar-vs-talos\/$/);
  await expect(columnHeads(page)).toHaveCount(2);
});
