import { test, expect } from '@playwright/test';
import { conceptSlugs, distroSlugs } from './site.ts';

test('a reader goes from the home page to an OS page to a concept page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'All container OSes' }).click();
  await expect(page).toHaveURL(/\/distros\/$/);
  await page.getByRole('link', { name: 'Flatcar Container Linux' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flatcar Container Linux');
  await page.locator('#fact-default-runtime').getByRole('link', { name: 'containerd', exact: true }).click();
  await expect(page).toHaveURL(/\/concepts\/containerd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('containerd');
  // The concept page lists Flatcar among its users, derived from Flatcar's facts.
  await expect(page.getByRole('region', { name: 'Which OSes use it' })).toContainText('Flatcar Container Linux');
});

for (const slug of distroSlugs()) {
  test(`the OS page /distros/${slug}/ has its title, facts panel and sources, and no console errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`/distros/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByRole('region', { name: 'Facts' })).toContainText('Default container runtime');
    await expect(page.locator('li[id^="source-"]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

for (const slug of conceptSlugs()) {
  test(`the concept page /concepts/${slug}/ has its definition, derived uses and sources`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`/concepts/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByRole('region', { name: 'Which OSes use it' })).toBeVisible();
    await expect(page.locator('li[id^="source-"]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('an unknown address shows the not-found page with a way on', async ({ page }) => {
  const response = await page.goto('/distros/no-such-os/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'All container operating systems' })).toBeVisible();
});
