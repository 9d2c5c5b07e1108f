/**
 * Lighthouse (mobile, its default) on a served copy of the site, in the system
 * Chromium. Used by tests/e2e/lighthouse.spec.ts, which asserts the scores that
 * do not depend on the machine (accessibility, best practices, SEO, layout
 * shift), and by scripts/bench.ts, which reports all four scores.
 */
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';

/** One page of each kind: home, an OS, a concept, the full matrix, a pair, search with a query, the chooser answered. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/distros/flatcar/',
  '/concepts/cgroups/',
  '/compare/',
  '/compare/flatcar-vs-talos/',
  '/search/?q=containerd',
  '/choose/?on=aws&shell=any-shell&active=yes',
  // The Chinese edition: its own fonts, words and search index.
  '/zh/',
  '/zh/distros/flatcar/',
  '/zh/compare/flatcar-vs-talos/',
  '/zh/search/?q=命名空间',
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  /** 0–100 per category run. */
  scores: Partial<Record<Category, number>>;
  cls: number;
  /** Audits that lost points, for a failure message: `category: audit id (score)`. */
  failures: string[];
}

export function launchChrome(): Promise<LaunchedChrome> {
  return launch({
    chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
}

/** One Lighthouse run of `url` in an already launched Chrome. The layout-shift audit always runs. */
export async function runLighthouse(
  url: string,
  chrome: LaunchedChrome,
  categories: readonly Category[] = CATEGORIES,
): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...categories],
    onlyAudits: ['cumulative-layout-shift'],
    // Only the HTML report shows it, and on /compare/ it is the slowest step.
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scores: LighthouseResult['scores'] = {};
  const failures: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse on ${url}: no ${id} score`);
    scores[id] = Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failures.push(`${id}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim());
    }
  }
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
  if (cls === undefined) throw new Error(`Lighthouse on ${url}: no layout-shift measurement`);
  return { scores, cls, failures };
}
