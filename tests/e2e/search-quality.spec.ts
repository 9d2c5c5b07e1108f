/**
 * Search quality: what a reader types, and the page that must come first.
 * Each row runs the real /search/ page over the built indexes. The rules
 * behind these answers are in docs/SEARCH.md; add a row when a query
 * disappoints.
 */
import { test, expect, type Page } from '@playwright/test';
import { WCAG_TAGS, injectAxe, violations } from './axe.ts';

interface Row {
  query: string;
  /** Path of the first result; with a `#section` when the link must go to that section. */
  first: string;
  /** For a typo: the correction the page must say it searched for instead. */
  corrected?: string;
}

const QUERIES: Row[] = [
  // Names of OSes and concepts one or two letters off.
  { query: 'flatcr', first: '/distros/flatcar/', corrected: 'flatcar' },
  { query: 'botlerocket', first: '/distros/bottlerocket/', corrected: 'bottlerocket' },
  { query: 'bottlerokcet', first: '/distros/bottlerocket/', corrected: 'bottlerocket' },
  { query: 'talso', first: '/distros/talos/', corrected: 'talos' },
  { query: 'fedora coreso', first: '/distros/fedora-coreos/', corrected: 'fedora coreos' },
  { query: 'ubunto core', first: '/distros/ubuntu-core/', corrected: 'ubuntu core' },
  { query: 'Flatcar Contaner Linux', first: '/distros/flatcar/', corrected: 'Flatcar Container Linux' },
  { query: 'contianerd', first: '/concepts/containerd/', corrected: 'containerd' },
  { query: 'cgroupz', first: '/concepts/cgroups/', corrected: 'cgroups' },
  { query: 'namespce', first: '/concepts/namespaces/', corrected: 'namespace' },
  { query: 'kubernets', first: '/concepts/kubernetes/', corrected: 'kubernetes' },
  { query: 'kubrnets', first: '/concepts/kubernetes/', corrected: 'kubernetes' },
  { query: 'seccmop', first: '/concepts/seccomp/', corrected: 'seccomp' },
  { query: 'selinx', first: '/concepts/selinux/', corrected: 'selinux' },
  { query: 'podmn', first: '/concepts/podman/', corrected: 'podman' },
  { query: 'gvsior', first: '/concepts/gvisor/', corrected: 'gvisor' },
  { query: 'ovelrayfs', first: '/concepts/overlayfs/', corrected: 'overlayfs' },
  { query: 'ignitoin', first: '/concepts/ignition/', corrected: 'ignition' },
  { query: 'firecraker', first: '/concepts/firecracker/', corrected: 'firecracker' },
  { query: 'apparmour', first: '/concepts/apparmor/', corrected: 'apparmor' },
  // Tool and file names with or without their hyphen, dot or space.
  { query: 'systemd-sysext', first: '/concepts/systemd-sysext/' },
  { query: 'systemd sysext', first: '/concepts/systemd-sysext/' },
  { query: 'systemdsysext', first: '/concepts/systemd-sysext/' },
  { query: 'cri-o', first: '/concepts/cri-o/' },
  { query: 'crio', first: '/concepts/cri-o/' },
  { query: 'config.toml', first: '/concepts/containerd/' },
  { query: 'config toml', first: '/concepts/containerd/' },
  { query: 'rpm-ostree', first: '/concepts/ostree/' },
  { query: 'rpmostree', first: '/concepts/ostree/' },
  { query: 'dm verity', first: '/concepts/dm-verity/' },
  { query: 'fsverity', first: '/concepts/fs-verity/' },
  { query: 'cloud init', first: '/concepts/cloud-init/' },
  { query: 'container optimized os', first: '/distros/container-optimized-os/' },
  { query: 'eve os', first: '/distros/eve-os/' },
  { query: 'nspawn', first: '/concepts/systemd-nspawn/' },
  { query: 'k3s', first: '/distros/k3os/' },
  { query: 'bootc', first: '/concepts/bootc/' },
  // Aliases, and plain names.
  { query: 'k8s', first: '/concepts/kubernetes/' },
  { query: 'moby', first: '/concepts/docker-engine/' },
  { query: 'runsc', first: '/concepts/gvisor/' },
  { query: 'flatcar', first: '/distros/flatcar/' },
  { query: 'kubernetes', first: '/concepts/kubernetes/' },
  // A page and an aspect of it: the section.
  { query: 'flatcar lifecycle', first: '/distros/flatcar/#lifecycle' },
  { query: 'talos updates', first: '/distros/talos/#updates-and-rollback' },
];

/** Searches from a shared link and waits for the last word: the full-text pass has finished. */
async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).toHaveText(/results? for .*\.$|No results/);
}

const firstLink = (page: Page) => page.locator('[data-results] li > a').first();

test.describe('the first result', () => {
  // One page per worker, searched by typing, as a reader would: Pagefind loads once, not once per row.
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto('/search/');
  });
  test.afterAll(() => page.close());

  for (const { query, first, corrected } of QUERIES) {
    test(`“${query}” shows ${first} first`, async () => {
      // Empty first, so the last row's answer cannot pass for this one's.
      const box = page.getByLabel('Search OSes and concepts');
      await box.fill('');
      await expect(page.locator('[data-status]')).toBeEmpty();
      await box.fill(query);
      const searched = (corrected ?? query).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(page.locator('[data-status]')).toHaveText(new RegExp(`results? for “${searched}”\\.$`));
      expect(await firstLink(page).getAttribute('href')).toBe(first);
      const correction = page.locator('[data-correction]');
      if (corrected)
        await expect(correction).toHaveText(`Showing results for ${corrected} — search instead for ${query}`);
      else await expect(correction).toBeEmpty();
    });
  }
});

test('“search instead” searches for the query as typed, and offers the correction back', async ({ page }) => {
  await search(page, 'flatcr');
  await page.locator('[data-correction] a', { hasText: 'flatcr' }).click();
  await expect(page).toHaveURL(/\?q=flatcr&spelling=as-typed$/);
  await expect(page.locator('[data-status]')).toContainText('for “flatcr”');
  await expect(page.locator('[data-correction]')).toHaveText('Did you mean flatcar?');
  await page.locator('[data-correction] a', { hasText: 'flatcar' }).click();
  await expect(page).toHaveURL(/\?q=flatcar$/);
  await expect(firstLink(page)).toHaveAttribute('href', '/distros/flatcar/');
});

test('typing after a search as typed corrects again', async ({ page }) => {
  await page.goto('/search/?q=flatcr&spelling=as-typed');
  await expect(page.locator('[data-correction]')).toHaveText('Did you mean flatcar?');
  await page.getByLabel('Search OSes and concepts').fill('talso');
  await expect(page.locator('[data-correction]')).toContainText('Showing results for talos');
  await expect(page).toHaveURL(/\?q=talso$/);
});

test('the kind filter applies to corrections: no OS is offered among concepts', async ({ page }) => {
  await page.goto('/search/?q=talso&kind=Concept');
  await expect(page.locator('[data-status]')).toHaveText(/results? for “talso”/);
  await expect(page.locator('[data-correction]')).toBeEmpty();
});

for (const query of ['flatcar lifecycle', 'journald', 'kubernetes']) {
  test(`a result linking to a section of a page (“${query}”) lands on that section’s heading`, async ({ page }) => {
    await search(page, query);
    const hrefs = await page
      .locator('[data-results] li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => h.includes('#'));
    expect(href, hrefs.join(' | ')).toBeTruthy();
    const link = page.locator(`[data-results] li > a[href="${href}"]`).first();
    const section = (await link.locator('span').textContent())?.replace(/^\s*›\s*/, '');
    await link.click();
    const heading = page.locator(`[id="${href!.split('#')[1]}"]`);
    expect(await heading.evaluate((el) => /^H[2-6]$/.test(el.tagName))).toBe(true);
    await expect(heading).toHaveText(section!);
  });
}

test('a corrected search, with section links, has no axe violations in either theme', async ({ page }) => {
  await search(page, 'flatcr lifecycle');
  await expect(page.locator('[data-correction] a')).toBeVisible();
  await expect(page.locator('[data-results] li > a > span').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
    await injectAxe(page);
    expect(await violations(page, { type: 'tag', values: WCAG_TAGS }, 'search-page'), colorScheme).toEqual([]);
  }
});
