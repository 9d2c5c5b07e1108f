/**
 * The Content Security Policy holds while a reader uses the site: no page
 * type and no island trips it, and nothing is fetched from another origin.
 * Every test here runs under the `watched` fixture, which serves each
 * response with the host headers (`astro preview` sends none, so only the
 * meta element would apply) and fails the test on any violation or
 * third-party request, whatever the test itself checks.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/lib/host-headers.ts';

interface Watch {
  /** `securitypolicyviolation` events and console CSP errors, as "directive: blocked". */
  violations: string[];
  /** Every request whose origin is not the site's. */
  thirdParty: string[];
}

async function watch(page: Page, siteOrigin: string): Promise<Watch> {
  const w: Watch = { violations: [], thirdParty: [] };
  await page.route(`${siteOrigin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(SECURITY_HEADERS) } });
  });
  await page.exposeFunction('__reportCspViolation', (line: string) => w.violations.push(line));
  // Init scripts are injected by the browser, outside the page's policy, before any page script runs.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      void report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) w.violations.push(msg.text());
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== siteOrigin) w.thirdParty.push(request.url());
  });
  return w;
}

/** Lets queued violation events reach the test before it looks at them. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));

const test = base.extend<{ watched: Watch }>({
  watched: [
    async ({ page, baseURL }, use) => {
      const w = await watch(page, new URL(baseURL!).origin);
      await use(w);
      // Requests still in flight when a test ends must not fail it as the page closes.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      if (!page.isClosed()) await settle(page);
      expect(w.violations, 'CSP violations').toEqual([]);
      expect(w.thirdParty, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

const PAGE_TYPES: [name: string, path: string, heading: RegExp][] = [
  ['home page', '/', /Container/],
  ['OS list', '/distros/', /operating systems/i],
  ['OS page', '/distros/flatcar/', /Flatcar/],
  ['concept list', '/concepts/', /Concepts/],
  ['concept page', '/concepts/cgroups/', /Control groups/],
  ['matrix', '/compare/', /Compare/],
  ['pair page', '/compare/flatcar-vs-talos/', /Flatcar.*Talos/],
  ['runtime matrix', '/compare/runtimes/', /runtimes/],
  ['stack', '/stack/', /stack/],
  ['chooser', '/choose/', /fits me/],
  ['search page', '/search/', /Search/],
  ['timeline', '/timeline/', /Timeline/],
  ['glossary', '/glossary/', /Glossary/],
  ['change log', '/changes/', /What changed/],
  ['open data page', '/data/', /Open data/],
  ['404 page', '/no-such-page/', /not found/],
  ['Chinese home page', '/zh/', /容器操作系统/],
  ['Chinese OS page', '/zh/distros/flatcar/', /Flatcar/],
  ['Chinese matrix', '/zh/compare/', /对比/],
  ['Chinese chooser', '/zh/choose/', /适合我/],
  ['Chinese search page', '/zh/search/', /搜索/],
];

for (const [name, path, heading] of PAGE_TYPES) {
  test(`the ${name} (${path}) loads within the policy and from this origin only`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ browser, baseURL }) => {
  // A page of its own, outside the `watched` fixture, whose zero-violation check this would fail.
  const page = await browser.newPage();
  const w = await watch(page, new URL(baseURL!).origin);
  await page.goto('/distros/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return 'injected' in window;
  });
  await settle(page);
  expect(ran).toBe(false);
  expect(w.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
});

test('the host headers forbid framing the site from another page', async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const w = await watch(page, new URL(baseURL!).origin);
  const refused = page.waitForEvent('console', (msg) => /frame-ancestors/.test(msg.text()));
  await page.setContent(`<iframe src="${baseURL}/distros/"></iframe>`);
  await refused;
  // The frame holds the browser's error page, not the site.
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Container operating systems' })).toHaveCount(
    0,
  );
  expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}/distros/`);
  expect(w.violations.some((v) => v.includes('frame-ancestors'))).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
});

test('searching on /search/ (headline, then full text) stays within the policy', async ({ page }) => {
  await page.goto('/search/?q=cgroup');
  await expect(page.locator('[data-results] mark').first()).toBeVisible();
  await page.getByLabel('Search OSes and concepts').fill('containerd');
  await expect(page.locator('[data-status]')).toContainText(/results? for “containerd”\./);
  await page.getByRole('radio', { name: 'Concepts' }).check();
  await expect(page).toHaveURL(/kind=Concept/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});

test('the header search box leads to results within the policy', async ({ page }) => {
  await page.goto('/distros/flatcar/');
  await page.locator('#site-search').fill('sysext');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sysext/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});

test('the compare toggles and a pair page stay within the policy', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Show notes').check();
  await expect(page.locator('#integrity td[data-col=flatcar] small')).toBeVisible();
  await page.getByLabel('Only differences').check();
  await expect(page).toHaveURL(/diff=1/);
  await page.getByText('Choose OSes, attributes and order').click();
  await page.getByLabel('Order OSes by').selectOption('first-release');
  await expect(page).toHaveURL(/sort=first-release/);

  await page.goto('/compare/flatcar-vs-talos/');
  const marker = page.locator('#integrity td[data-col=flatcar]').getByRole('button');
  await marker.click();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Only differences').check();
  await expect(page).toHaveURL(/\?diff=1$/);
});

test('the OS filters stay within the policy', async ({ page }) => {
  await page.goto('/distros/');
  await page
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Active/ })
    .check();
  await expect(page).toHaveURL(/status=active/);
  await expect(page.locator('[data-card]:visible').first()).toBeVisible();
});

test('answering /choose/ (its stylesheet narrows, its island keeps the URL) stays within the policy', async ({
  page,
}) => {
  await page.goto('/choose/');
  await page.getByLabel('SSH to a shell on the host').check();
  await expect(page).toHaveURL(/shell=ssh/);
  await expect(page.locator('.ruled-out[data-os="talos"]')).toBeVisible();
});

test('/stack/ highlighting stays within the policy', async ({ page }) => {
  await page.goto('/stack/');
  await page.getByLabel('Highlight the stack an OS ships').selectOption('bottlerocket');
  await expect(page.locator('[data-concept="containerd"]')).toHaveAttribute('data-on', '');
});

test('switching the theme, and the hashed theme script on reload, stay within the policy', async ({ page }) => {
  await page.goto('/concepts/cgroups/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
});
