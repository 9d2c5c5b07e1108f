/**
 * /choose/ as a reader uses it: with JavaScript off the page follows the form
 * on its own; with it on the answers also live in the URL. What the page
 * shows is checked against the same narrowing over the real content.
 */
import { test, expect, type Page } from '@playwright/test';
import { readDistros } from '../../src/data/read-content.ts';
import { narrow, type Answers } from '../../src/lib/choose.ts';
import { QUESTIONS } from '../../src/lib/choose-questions.ts';

const distros = readDistros();
const none = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.multiple ? [] : ''])) as Answers;
const picked: Answers = { ...none, on: ['aws'], shell: 'ssh', active: 'yes' };

function expected(answers: Answers) {
  const { fits, unconfirmed, excluded } = narrow(distros, answers);
  const ids = (list: { distro: { id: string } }[]) => list.map((o) => o.distro.id).sort();
  return { kept: ids([...fits, ...unconfirmed]), out: ids(excluded) };
}

async function shown(page: Page) {
  const ids = (selector: string) =>
    page.locator(`${selector}:visible`).evaluateAll((els) => els.map((e) => e.getAttribute('data-os')!).sort());
  return { kept: await ids('.choice'), out: await ids('.ruled-out') };
}

async function answer(page: Page) {
  await page.getByRole('group', { name: 'Where will it run?' }).getByLabel('AWS', { exact: true }).check();
  await page
    .getByRole('group', { name: 'How will you administer nodes?' })
    .getByLabel('SSH to a shell on the host')
    .check();
  await page.getByLabel('Only actively maintained OSes').check();
}

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
    // Each OS ruled out shows at least one reason, and only reasons for ticked answers.
    for (const card of await page.locator('.ruled-out:visible').all()) {
      const reasons = await card.locator('.choice-why:visible').evaluateAll((els) => els.map((e) => e.dataset['why']));
      expect(reasons.length).toBeGreaterThan(0);
      for (const key of reasons) expect(['on-aws', 'shell-ssh', 'active-yes']).toContain(key);
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
