/**
 * Reading in two languages: the switcher takes a reader to the same page in
 * the other language (every kind of page, its query string and anchor kept),
 * Chinese queries find Chinese pages, and English ones stay English.
 */
import { test, expect, type Page } from '@playwright/test';
import { ONE_OF_EACH_KIND } from './site.ts';

const switcher = (page: Page) => page.locator('header [data-language-link]');

for (const path of ONE_OF_EACH_KIND) {
  test(`${path} and /zh${path} lead to each other`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(switcher(page)).toHaveText('阅读中文版');
    await switcher(page).click();
    await expect(page).toHaveURL(`/zh${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(switcher(page)).toHaveText('Read in English');
    await switcher(page).click();
    await expect(page).toHaveURL(path);
  });
}

test('the switcher keeps the view: query string and section', async ({ page }) => {
  await page.goto('/compare/?os=flatcar,talos&diff=1#update-model');
  await expect(switcher(page)).toHaveAttribute('href', '/zh/compare/');
  await switcher(page).click();
  // The script on the other side reads the same state from the address.
  await expect(page).toHaveURL('/zh/compare/?os=flatcar,talos&diff=1#update-model');
  await expect(page.locator('input[name=diff]')).toBeChecked();
});

interface Row {
  query: string;
  first: string;
}

/** Chinese terms, and a mixed query, as a reader of the Chinese edition types them. */
const CHINESE: Row[] = [
  { query: '命名空间', first: '/zh/concepts/namespaces/' },
  { query: '控制组', first: '/zh/concepts/cgroups/' },
  { query: '不可变', first: '/zh/concepts/immutable-root/' },
  { query: '容器运行时', first: '/zh/concepts/container-runtimes/' },
  { query: '镜像签名', first: '/zh/concepts/image-signing/' },
];

async function searchFor(page: Page, query: string) {
  const box = page.locator('#search-page-input');
  await box.fill('');
  await expect(page.locator('[data-status]')).toBeEmpty();
  await box.fill(query);
  await expect(page.locator('[data-status]')).toHaveText(/结果。$|没有找到/);
  return page.locator('[data-results] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test.describe('search in Chinese', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto('/zh/search/');
  });
  test.afterAll(() => page.close());

  for (const { query, first } of CHINESE) {
    test(`“${query}” shows ${first} first`, async () => {
      const hrefs = await searchFor(page, query);
      expect(hrefs[0]?.split('#')[0], hrefs.join(' | ')).toBe(first);
    });
  }

  test('a mixed query (“cgroup v2 迁移”) finds the cgroups page among the first results', async () => {
    const hrefs = await searchFor(page, 'cgroup v2 迁移');
    expect(
      hrefs.slice(0, 3).map((h) => h.split('#')[0]),
      hrefs.join(' | '),
    ).toContain('/zh/concepts/cgroups/');
  });

  test('results are Chinese pages only', async () => {
    const hrefs = await searchFor(page, 'containerd');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('/zh/'))).toEqual([]);
  });
});

test('an English search stays English', async ({ page }) => {
  await page.goto('/search/?q=namespaces');
  await expect(page.locator('[data-status]')).toHaveText(/results? for “namespaces”\.$/);
  const hrefs = await page.locator('[data-results] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe('/concepts/namespaces/');
  expect(hrefs.filter((h) => h?.startsWith('/zh/'))).toEqual([]);
});
