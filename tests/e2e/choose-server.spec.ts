/**
 * /choose/ behind the sample nginx server (deploy/nginx.conf), which answers
 * the page from its query string (src/lib/choose-ssi.ts): without JavaScript
 * a reader submits the form, or opens a pasted link, and lands on the right
 * results. The site is served from dist/ as built; skipped, saying why, where
 * nginx is not installed (.ci/run installs it).
 */
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { nginxMissing, startLocalNginx, type LocalNginx } from '../../scripts/local-nginx.ts';
import { messages } from '../../src/i18n/ui.ts';
import { WCAG_TAGS, injectAxe, violations } from './axe.ts';
import { answer, distros, expected, noAnswers, picked, pickedKeys, reasonsShown, shown } from './chooser.ts';

const missing = nginxMissing();
test.skip(!!missing, missing);

let nginx: LocalNginx;
test.beforeAll(async () => {
  nginx = await startLocalNginx(join(import.meta.dirname, '../../dist'));
});
test.afterAll(() => nginx?.stop());

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the submitted form lands on its answers and the right results', async ({ page }) => {
    await page.goto(`${nginx.origin}/choose/`);
    await expect(page.getByRole('link', { name: 'Jump to the results' })).toHaveCount(0);
    await answer(page);
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page).toHaveURL(/\/choose\/\?on=aws&workloads=&shell=ssh&mac=&update=&support=&active=yes#fits$/);
    await expect(page.getByLabel('SSH to a shell on the host')).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'Where will it run?' }).getByLabel('AWS', { exact: true }),
    ).toBeChecked();
    const want = expected(picked);
    expect(want.out.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(want);
    for (const reasons of await reasonsShown(page)) {
      expect(reasons.length).toBeGreaterThan(0);
      for (const key of reasons) expect(pickedKeys).toContain(key);
    }
    await expect(page.getByRole('alert')).toBeHidden();
  });

  test('a pasted link opens answered, in Chinese too, and names words it does not know', async ({ page }) => {
    await page.goto(`${nginx.origin}/zh/choose/?on=azure,gcp&mac=selinux&colour=blue`);
    await expect(page.getByRole('alert')).toHaveText(messages('zh').choose.unknownAnswers);
    expect(await shown(page)).toEqual(expected({ ...noAnswers, on: ['azure', 'gcp'], mac: 'selinux' }));
    await page.goto(`${nginx.origin}/choose/`);
    expect((await shown(page)).kept).toHaveLength(distros.length);
  });
});

test('with JavaScript on, the served answers and the script agree, and axe finds nothing', async ({ page }) => {
  await page.goto(`${nginx.origin}/choose/?on=aws&shell=ssh&active=yes`);
  await expect(page).toHaveURL(/\/choose\/\?on=aws&shell=ssh&active=yes$/);
  expect(await shown(page)).toEqual(expected(picked));
  await expect(page.getByRole('alert')).toBeHidden();
  await injectAxe(page);
  expect(await violations(page, { type: 'tag', values: WCAG_TAGS })).toEqual([]);
});
