/**
 * Reading comparisons: the compact matrix, phones, notes on demand and
 * "differences only". Heights and widths are measured in the browser.
 */
import { test, expect, type Page } from '@playwright/test';
import { ONE_OF_EACH_KIND, columnHeads } from './site.ts';

/** Elements that scroll sideways inside the page (code blocks, wide tables in their own box). */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the full matrix, notes hidden, is at most 3,600 px tall', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('compare-controls input[name=notes]')).not.toBeChecked();
    const heights = await page.evaluate(() => {
      // Groups out of view hold an estimated height until laid out: measure them all laid out.
      for (const section of document.querySelectorAll<HTMLElement>('.matrix-section'))
        section.style.contentVisibility = 'visible';
      return {
        page: document.documentElement.scrollHeight,
        table: document.querySelector('[data-matrix]')!.scrollHeight,
      };
    });
    expect(heights.page).toBeLessThanOrEqual(3600);
    expect(heights.table).toBeLessThanOrEqual(3600);
  });
});

// A group waiting to be laid out holds an estimated height (global.css); one taller than that
// would overlap the next group for anything that measures it first, as Lighthouse's axe does.
for (const [path, width] of ['/compare/', '/zh/compare/'].flatMap((p) =>
  [360, 412, 1280].map((w) => [p, w] as const),
)) {
  test(`${path} at ${width} px: no matrix group is taller than the height it holds before layout`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const groups = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.matrix-section')].map((section) => {
        const estimate = parseFloat(getComputedStyle(section).containIntrinsicBlockSize.replace('auto', ''));
        section.style.contentVisibility = 'visible';
        return { estimate, real: section.getBoundingClientRect().height };
      }),
    );
    expect(groups.length).toBeGreaterThan(3);
    for (const [i, { estimate, real }] of groups.entries())
      expect(real, `group ${i + 1}`).toBeLessThanOrEqual(estimate);
  });
}

test.describe('at 1280 px, across groups', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const path of ['/compare/', '/compare/flatcar-vs-talos/', '/compare/?os=bottlerocket,flatcar,talos']) {
    test(`${path}: every group's columns line up with the first group's`, async ({ page }) => {
      await page.goto(path);
      const edges = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.matrix-section')].map((section) => {
          section.style.contentVisibility = 'visible';
          return [...section.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().left));
        }),
      );
      expect(edges.length).toBeGreaterThan(1);
      for (const group of edges.slice(1)) expect(group).toEqual(edges[0]);
      // Two or three OSes share the width: nothing to scroll sideways.
      if (path !== '/compare/') expect(await sidewaysScrollers(page)).toEqual([]);
    });
  }
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  // Every kind of page, the search and chooser with their results drawn, and the Chinese edition's.
  const paths = [
    ...ONE_OF_EACH_KIND.filter((p) => p !== '/search/' && p !== '/choose/'),
    '/search/?q=flatcar',
    '/choose/?on=aws,arm&shell=any-shell&support=any',
  ];
  for (const path of [...paths, ...paths.map((p) => `/zh${p}`)]) {
    test(`${path} does not scroll sideways as a page`, async ({ page }) => {
      await page.goto(path);
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  }

  for (const path of [
    '/compare/flatcar-vs-talos/',
    '/compare/?os=flatcar,talos',
    '/compare/?os=bottlerocket,flatcar,talos',
  ]) {
    test(`${path} shows every chosen OS side by side with nothing to scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('[data-matrix]')).toHaveAttribute('data-stack', '');
      expect(await sidewaysScrollers(page)).toEqual([]);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('tr[data-row] td')]
          .filter((td) => td.offsetParent && td.getBoundingClientRect().right > window.innerWidth + 1)
          .map((td) => `${td.parentElement!.id} ${td.dataset['col']}`),
      );
      expect(outside).toEqual([]);
    });
  }
});

test.describe('notes on demand', () => {
  test('a cell opens its note and sources from the keyboard', async ({ page }) => {
    await page.goto('/compare/');
    const cell = page.locator('#integrity td[data-col=flatcar]');
    const note = cell.locator('small');
    await expect(note).toBeHidden();
    const marker = cell.getByRole('button');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(note).toBeVisible();
    await expect(note.getByRole('link').first()).toHaveAttribute('href', /^\/distros\/flatcar\/#source-/);
    await page.keyboard.press('Space');
    await expect(note).toBeHidden();
  });

  test('"Show notes" opens every note and is kept in the URL', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByLabel('Show notes').check();
    await expect(page).toHaveURL(/[?&]notes=1/);
    await expect(page.locator('#integrity td[data-col=flatcar] small')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Show notes')).toBeChecked();
    await expect(page.locator('#rollback td[data-col=talos] small')).toBeVisible();
  });

  test('without JavaScript every note shows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/');
    await expect(page.locator('#integrity td[data-col=flatcar] small')).toBeVisible();
    await expect(page.locator('#integrity td[data-col=flatcar] button')).toBeHidden();
    await context.close();
  });
});

test.describe('differences only', () => {
  test('diff=1 on a pair page hides exactly the rows where both agree, and survives a reload', async ({ page }) => {
    await page.goto('/compare/flatcar-vs-talos/');
    const differing = Number(
      (await page.getByText(/They differ on \d+ of/).textContent())!.match(/differ on (\d+)/)![1],
    );
    const total = await page.locator('tr[data-row]').count();
    await page.getByLabel('Only differences').check();
    await expect(page).toHaveURL(/\?diff=1$/);
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(differing);
    await expect(page.locator('[data-diff-status]')).toContainText(`${total - differing} rows are hidden`);
    // Every row still shown really differs between the two columns.
    const same = await page.locator('tr[data-row]:visible').evaluateAll(
      (rows) =>
        rows.filter((tr) => {
          const keys = [...tr.querySelectorAll<HTMLElement>('td')].map((td) => td.dataset['sort']);
          return keys[0] === keys[1];
        }).length,
    );
    expect(same).toBe(0);
    await page.reload();
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(differing);
    await page.getByRole('button', { name: 'Show them' }).click();
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(total);
    await expect(page).toHaveURL(/\/compare\/flatcar-vs-talos\/$/);
  });

  test('diff=1 on /compare/ compares only the OSes shown', async ({ page }) => {
    await page.goto('/compare/?os=fedora-coreos,rhcos&diff=1');
    const shown = await page
      .locator('tr[data-row]:visible')
      .evaluateAll((rows) =>
        rows.map((tr) =>
          [...tr.querySelectorAll<HTMLElement>('td')].filter((td) => !td.hidden).map((td) => td.dataset['sort']),
        ),
      );
    expect(shown.length).toBeGreaterThan(0);
    for (const keys of shown) expect(new Set(keys).size).toBe(2);
    const all = await page.locator('tr[data-row]').count();
    await expect(page.locator('[data-diff-status]')).toContainText(`${all - shown.length} row`);
  });
});

test.describe('Copy as Markdown', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the view on screen as a Markdown table whose link reopens the same view', async ({ page, context }) => {
    await page.goto('/compare/?os=flatcar,talos&rows=status,update-model,rollback&diff=1');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator('[data-diff-status]')).toContainText('Copied');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const { marked } = await import('marked');
    const html = marked.parse(markdown, { async: false });

    // What a Markdown renderer shows equals what the page shows.
    const onPage = await page.locator('tr[data-row]:visible').evaluateAll((rows) =>
      rows.map((tr) => [
        tr.querySelector<HTMLElement>('th[data-label]')!.dataset['label']!,
        ...[...tr.querySelectorAll<HTMLElement>('td')]
          .filter((td) => !td.hidden)
          .map((td) =>
            td
              .querySelector(':scope > span')!
              .textContent!.replace(/^[✓◐✗?–●]\s*/, '')
              .trim(),
          ),
      ]),
    );
    const check = await context.newPage();
    await check.setContent(html);
    const inMarkdown = await check
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s*\[[\d, ]+\]$/, '').trim()),
        ),
      );
    expect(inMarkdown).toEqual(onPage);

    // The link back reopens the same view.
    const back = await check.locator('a', { hasText: 'Container Atlas' }).getAttribute('href');
    const reopened = await context.newPage();
    await reopened.goto(back!);
    await expect(columnHeads(reopened, true)).toHaveCount(2);
    await expect(reopened.locator('tr[data-row]:visible')).toHaveCount(onPage.length);
    await expect(reopened.getByLabel('Only differences')).toBeChecked();
  });
});
