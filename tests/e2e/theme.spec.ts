import { test, expect } from '@playwright/test';

test('the theme choice survives a reload', async ({ page }) => {
  await page.goto('/concepts/cgroups/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
});

test('a saved theme applies before any bundled script runs (no flash)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Block every external script: only the inline theme script may act.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/distros/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(16, 21, 29)');
});

test('"system" follows the operating system preference', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await context.close();
});
