import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';

test('a shared /search/?q=cgroup link shows results on load, with the match highlighted', async ({ page }) => {
  await page.goto('/search/?q=cgroup');
  const first = page.locator('[data-results] li').first();
  await expect(first).toBeVisible();
  await expect(page.locator('[data-results] a', { hasText: 'Control groups (cgroups)' })).toBeVisible();
  await expect(page.locator('[data-results] mark').first()).toBeVisible();
  await expect(page.locator('[data-status]')).toContainText('for “cgroup”');
});

test('a nonsense word shows a clear no-results state', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search OSes and concepts').fill('xyzzyplugh');
  await expect(page.locator('[data-status]')).toContainText('No results for “xyzzyplugh”');
  await expect(page.locator('[data-results] li')).toHaveCount(0);
});

test('search works by keyboard alone: / focuses the box, Enter searches, Tab reaches a result', async ({ page }) => {
  await page.goto('/distros/flatcar/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('cgroup');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=cgroup/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const link = page.locator('[data-results] a', { hasText: 'Control groups (cgroups)' });
  for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/concepts\/cgroups\/$/);
});

test('the kind filter narrows results to concepts and stays in the URL', async ({ page }) => {
  await page.goto('/search/?q=containerd&kind=Concept');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const kinds = await page.locator('[data-results] li > span').allTextContents();
  expect(kinds.every((k) => k === 'Concept')).toBe(true);
  await expect(page.getByRole('radio', { name: 'Concepts' })).toBeChecked();
});

for (const [query, page_] of [
  ['control groups', 'Control groups (cgroups)'],
  ['cgroup v2', 'Control groups (cgroups)'],
  ['runsc', 'gVisor'],
  ['Moby', 'Docker Engine'],
] as const) {
  test(`search finds a concept by its alias: "${query}"`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-results] li').first()).toBeVisible();
    const titles = (await page.locator('[data-results] li a').allTextContents()).slice(0, 3);
    expect(
      titles.some((t) => t.includes(page_)),
      `${titles.join(' | ')}`,
    ).toBe(true);
  });
}

test('a first search from an article fetches at most 100 KB (gzip) until its first result shows', async ({ page }) => {
  // Stamp the moment the first result is inserted, in page time.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-results] li')) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // The reader is on an article (its CSS is cached), presses / and searches.
  await page.goto('/distros/flatcar/');
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    bodies.set(
      response.url(),
      response.body().then(
        (b) => gzipSync(b, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  await page.keyboard.press('/');
  await page.keyboard.type('cgroup');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const before = await page.evaluate(() => {
    const at = (window as unknown as { firstResultAt: number }).firstResultAt;
    return [
      location.href,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < at)
        .map((e) => e.name),
    ];
  });
  const sizes = await Promise.all(before.map(async (url) => ({ url, bytes: (await bodies.get(url)) ?? 0 })));
  const total = sizes.reduce((n, r) => n + r.bytes, 0);
  console.log(`first search: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} requests until the first result:`);
  for (const r of sizes) console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${new URL(r.url).pathname}`);
  expect(total).toBeLessThanOrEqual(100 * 1024);
});

test('full-text matches are added after the headline results', async ({ page }) => {
  // "journald" appears only in the prose of the Atomic Host article, in no title or heading.
  await page.goto('/search/?q=journald');
  await expect(page.locator('[data-results] a', { hasText: 'Atomic Host' })).toBeVisible();
  await expect(page.locator('[data-status]')).not.toContainText('searching article text');
});
