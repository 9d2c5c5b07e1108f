/**
 * The reader's settings: reduced motion stops transitions, animations and
 * smooth scrolling; print shows the content alone, in the light colours, with
 * the addresses of outside links, and the matrix at the page's width.
 */
import { test, expect, type Page } from '@playwright/test';

/** A stand-in for any future moving part: an element that asks for a transition, an animation and smooth scrolling. */
const motionOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.createElement('div');
    el.style.transition = 'opacity 1s';
    el.style.animation = 'none 2s infinite';
    el.style.scrollBehavior = 'smooth';
    document.querySelector('main')!.append(el);
    const style = getComputedStyle(el);
    return {
      transition: style.transitionDuration,
      animation: style.animationDuration,
      scroll: style.scrollBehavior,
      page: getComputedStyle(document.documentElement).scrollBehavior,
    };
  });

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves: no transition, animation or smooth scrolling', async ({ page }) => {
    await page.goto('/concepts/cgroups/');
    expect(await motionOf(page)).toEqual({ transition: '0s', animation: '0s', scroll: 'auto', page: 'auto' });
  });
});

test.describe('without a motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the same element keeps its motion (the rule above is what stops it)', async ({ page }) => {
    await page.goto('/concepts/cgroups/');
    expect(await motionOf(page)).toMatchObject({ transition: '1s', animation: '2s', scroll: 'smooth' });
  });
});

test.describe('print', () => {
  test.use({ colorScheme: 'dark' });

  test('an article prints its content in light colours, outside links followed by their address', async ({ page }) => {
    await page.goto('/distros/flatcar/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['body > header', 'body > footer', 'form[role=search]', 'theme-select', '.anchor-link'])
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    await expect(page.locator('nav[aria-labelledby=on-this-page]')).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    const source = page.locator('.source-list a[href^="https://"]').first();
    const href = await source.getAttribute('href');
    expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    // Links inside the site print as they are.
    const internal = page.locator('main a[href^="/"]').first();
    expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });

  test.describe('on a landscape page', () => {
    // A4 landscape less 1.5 cm margins, in CSS pixels.
    test.use({ viewport: { width: 1010, height: 700 } });

    test('the full matrix fits the page width, without its controls', async ({ page }) => {
      await page.goto('/compare/');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('compare-controls')).toBeHidden();
      await expect(page.locator('[data-matrix] td > button').first()).toBeHidden();
      const widths = await page.evaluate(() => ({
        table: Math.max(...[...document.querySelectorAll('table.matrix')].map((t) => t.getBoundingClientRect().right)),
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.table).toBeLessThanOrEqual(widths.viewport);
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    });
  });
});
