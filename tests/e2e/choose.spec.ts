/**
 * /choose/ as a reader uses it: with JavaScript off the page follows the form
 * on its own; with it on the answers also live in the URL. What the page
 * shows is checked against the same narrowing over the real content.
 */
import { test, expect } from '@playwright/test';
import { answer, distros, expected, picked, pickedKeys, reasonsShown, shown } from './chooser.ts';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the results follow the form and name why each OS went', async ({ page }) => {
    await page.goto('/choose/');
    expect((await shown(page)).kept).toHaveLength(distros.length);
    await answer(page);
    const want = expected(picked);
    expect(want.out.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(want);
    await expect(page.locator('.choices-count')).toBeVisible();
    // A static host cannot answer a submitted form (choose-server.spec.ts): no button leads there.
    await expect(page.getByRole('button', { name: 'Show results' })).toBeHidden();
    for (const reasons of await reasonsShown(page)) {
      expect(reasons.length).toBeGreaterThan(0);
      for (const key of reasons) expect(pickedKeys).toContain(key);
    }
  });
});

test('answers go into the URL, and a pasted URL restores them', async ({ page, context }) => {
  await page.goto('/choose/');
  await answer(page);
  await expect(page).toHaveURL(/\/choose\/\?on=aws&shell=ssh&active=yes$/);
  const want = expected(picked);
  expect(await shown(page)).toEqual(want);
  await expect(page.getByRole('status').filter({ hasText: 'fit every answer' })).toContainText(
    `${want.kept.length} of ${distros.length} operating systems fit every answer; ${want.out.length} ruled out.`,
  );
  const pasted = await context.newPage();
  await pasted.goto(page.url());
  await expect(pasted.getByLabel('SSH to a shell on the host')).toBeChecked();
  expect(await shown(pasted)).toEqual(want);
  await page.getByRole('button', { name: 'Clear answers' }).click();
  await expect(page).toHaveURL(/\/choose\/$/);
  expect((await shown(page)).kept).toHaveLength(distros.length);
});

test('a verdict links to the cited fact on the OS page', async ({ page }) => {
  await page.goto('/choose/?shell=ssh');
  const reason = page.locator('.ruled-out[data-os="talos"] .choice-why[data-why="shell-ssh"] a');
  await expect(reason).toContainText('Host shell: API only, no shell');
  await reason.click();
  await expect(page).toHaveURL(/\/distros\/talos\/#fact-host-access$/);
  await expect(page.locator('#fact-host-access')).toContainText('API only, no shell');
});

test('a bad answer in the URL is named, with the valid ones', async ({ page }) => {
  await page.goto('/choose/?shell=telnet&colour=blue');
  const alert = page.getByRole('alert').filter({ hasText: 'telnet' });
  await expect(alert).toContainText('Unknown answer in “?shell=”: “telnet”. Known: ssh, any-shell, api-only.');
  await expect(alert).toContainText('Unknown parameter: “colour”');
  expect((await shown(page)).kept).toHaveLength(distros.length);
});

test('each chooser preset on the home page opens a valid choice that something fits', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .getByRole('region', { name: 'Which one fits me?' })
    .locator('a[href^="/choose/?"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('form[data-choose] [data-errors]')).toBeEmpty();
    await expect(page.locator('.choice:visible').first(), href).toBeVisible();
  }
});
