/**
 * axe-core in a Playwright page, without @axe-core/playwright (which re-injects
 * axe for every pass and opens a blank page to merge frame results; this site
 * has no frames). `page.evaluate` runs outside the page's Content Security
 * Policy, so injecting the source needs no exception in it.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** Every tag axe-core 4.14 defines for WCAG A and AA (2.2 adds only AA rules: target-size). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Loads axe into the current document; needed again after each navigation.
 * Parts the browser has not laid out yet (`content-visibility: auto`, the
 * matrix's groups out of view) cannot be hit-tested, so axe would report their
 * targets as covered: they are laid out first, as they are once scrolled to.
 */
export async function injectAxe(page: Page) {
  await page.evaluate(() => {
    // A constructed style sheet: Chromium applies it under the page's policy, which would refuse a <style>.
    const layOutAll = new CSSStyleSheet();
    layOutAll.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, layOutAll];
  });
  await page.evaluate(axe.source);
}

/** Violations as one line each, within `selector` when given (the whole document otherwise). */
export async function violations(page: Page, runOnly: axe.RunOnly, selector?: string): Promise<string[]> {
  const options: axe.RunOptions = { runOnly, resultTypes: ['violations'] };
  const found = await page.evaluate(
    async ({ options, selector }) =>
      (await (window as unknown as { axe: typeof axe }).axe.run(selector ?? document, options)).violations,
    { options, selector },
  );
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}
