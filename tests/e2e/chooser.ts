/**
 * Reading /choose/ in a browser: what it shows, what the same narrowing over
 * the real content says it should, and a reader's usual answers.
 */
import type { Page } from '@playwright/test';
import { readDistros } from '../../src/data/read-content.ts';
import { narrow, type Answers } from '../../src/lib/choose.ts';
import { QUESTIONS } from '../../src/lib/choose-questions.ts';

export const distros = readDistros();
export const noAnswers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.multiple ? [] : ''])) as Answers;
/** What `answer` ticks. */
export const picked: Answers = { ...noAnswers, on: ['aws'], shell: 'ssh', active: 'yes' };
export const pickedKeys = ['on-aws', 'shell-ssh', 'active-yes'];

export function expected(answers: Answers) {
  const { fits, unconfirmed, excluded } = narrow(distros, answers);
  const ids = (list: { distro: { id: string } }[]) => list.map((o) => o.distro.id).sort();
  return { kept: ids([...fits, ...unconfirmed]), out: ids(excluded) };
}

export async function shown(page: Page) {
  const ids = (selector: string) =>
    page.locator(`${selector}:visible`).evaluateAll((els) => els.map((e) => e.getAttribute('data-os')!).sort());
  return { kept: await ids('.choice'), out: await ids('.ruled-out') };
}

/** Ticks `picked` on the English page. */
export async function answer(page: Page) {
  await page.getByRole('group', { name: 'Where will it run?' }).getByLabel('AWS', { exact: true }).check();
  await page
    .getByRole('group', { name: 'How will you administer nodes?' })
    .getByLabel('SSH to a shell on the host')
    .check();
  await page.getByLabel('Only actively maintained OSes').check();
}

/** Each OS ruled out shows at least one reason, and only reasons for the answers given. */
export async function reasonsShown(page: Page): Promise<string[][]> {
  const cards = await page.locator('.ruled-out:visible').all();
  return Promise.all(
    cards.map((card) => card.locator('.choice-why:visible').evaluateAll((els) => els.map((e) => e.dataset['why']!))),
  );
}
