/**
 * axe-core in a Playwright page, without @axe-core/playwright (which re-injects
 * axe for every pass and opens a blank page to merge frame results; this site
 * has no frames). Scripts added from here run outside the page's Content
 * Security Policy, so injecting them needs no exception in it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import axe from 'axe-core';

/** Every tag axe-core 4.14 defines for WCAG A and AA (2.2 adds only AA rules: target-size). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Parts the browser has not laid out yet (`content-visibility: auto`, the
 * matrix's groups out of view) cannot be hit-tested, so axe would report their
 * targets as covered: they are laid out first, as they are once scrolled to.
 * A constructed style sheet, because Chromium applies it under the page's
 * policy, which would refuse a <style>.
 */
function layOutEverything() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Loads axe into the current document; needed again after each navigation. */
export async function injectAxe(page: Page) {
  await page.evaluate(layOutEverything);
  await page.evaluate(axe.source);
}

/**
 * Loads axe into every document the context opens from now on. Cheaper than
 * `injectAxe` for a sweep: the browser compiles the source once and reuses
 * the code on each page. Call `layOutEverything` (via `prepareForAxe`) once
 * the page has loaded.
 */
export async function preloadAxe(context: BrowserContext) {
  await context.addInitScript({ content: axe.source });
}

export const prepareForAxe = (page: Page) => page.evaluate(layOutEverything);

/**
 * Violations as one line each, within `selector` when given (the whole
 * document otherwise). Naming each node's CSS selector is a third of axe's
 * time, so the first pass skips it; only a page that fails is run again to
 * say where.
 */
export async function violations(page: Page, runOnly: axe.RunOnly, selector?: string): Promise<string[]> {
  const run = (describe: boolean) =>
    page.evaluate(
      async ({ options, selector }) =>
        (await (window as unknown as { axe: typeof axe }).axe.run(selector ?? document, options)).violations,
      {
        options: {
          runOnly,
          resultTypes: ['violations'],
          ...(describe ? {} : { selectors: false, ancestry: false, xpath: false }),
        } satisfies axe.RunOptions,
        selector,
      },
    );
  if ((await run(false)).length === 0) return [];
  const found = await run(true);
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}
