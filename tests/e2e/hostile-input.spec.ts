/**
 * Every page that reads its query string, given hostile values in each of
 * its parameters: the page still renders and works, no dialog opens, no
 * script error is thrown, nothing from the value becomes an element, and a
 * value the page cannot use is named in its message (src/lib/url-state.ts).
 */
import { test, expect, type Page } from '@playwright/test';

/** `choice`: only known values; anything else is named in a message. `text`: free text, such as a search. */
type Param = 'choice' | 'text';

interface QueryPage {
  path: string;
  params: Record<string, Param>;
  /** What shows once the page has drawn its state, whatever the URL said. */
  drawn: string;
}

/** Every page that reads its query string: adding one is one line. */
const PAGES: QueryPage[] = [
  { path: '/search/', params: { q: 'text', kind: 'choice' }, drawn: 'search-page [data-status]' },
  // The Chinese edition words its messages itself: the same cases, another language.
  { path: '/zh/search/', params: { q: 'text', kind: 'choice' }, drawn: 'search-page [data-status]' },
  {
    path: '/zh/compare/',
    params: { os: 'choice', rows: 'choice', sort: 'choice', diff: 'choice', notes: 'choice' },
    drawn: '[data-matrix] thead th[data-col]',
  },
  {
    path: '/compare/',
    params: { os: 'choice', rows: 'choice', sort: 'choice', diff: 'choice', notes: 'choice' },
    drawn: '[data-matrix] thead th[data-col]',
  },
  { path: '/compare/flatcar-vs-talos/', params: { diff: 'choice', notes: 'choice' }, drawn: 'tr[data-row]' },
  {
    path: '/distros/',
    params: { status: 'choice', update: 'choice', runtime: 'choice', platform: 'choice', cgroup: 'choice' },
    drawn: '[data-card]',
  },
  { path: '/stack/', params: { os: 'choice' }, drawn: '[data-concept="containerd"]' },
  {
    path: '/choose/',
    params: {
      on: 'choice',
      workloads: 'choice',
      shell: 'choice',
      mac: 'choice',
      update: 'choice',
      support: 'choice',
      active: 'choice',
    },
    drawn: '.choice',
  },
];

const LONG = 'A'.repeat(10_000);

/** Values as they go into the query string: encoded, except where the broken encoding is the point. */
const PAYLOADS: [name: string, raw: string][] = [
  ['an element with an event handler', encodeURIComponent('<img src=x onerror=alert(1)>')],
  ['a script element', encodeURIComponent('<script>alert(1)</script>')],
  ['a javascript: URL', encodeURIComponent('javascript:alert(1)')],
  ['broken percent-encoding', '%E0%A4%A'],
  ['a lone percent sign', '%'],
  ['a right-to-left override', encodeURIComponent('\u202Eexe.txt')],
  ['zero-width joiners', encodeURIComponent('flat\u200Dcar\u200D')],
  ['NUL and other control characters', '%00%07%1B'],
  ['emoji', encodeURIComponent('🚀👩‍💻🏳️‍🌈')],
  ['combining marks', encodeURIComponent('Z̷̢a̸l̵g̶o̴')],
  // Servers refuse request lines much past 16 KB, so this one goes in the first parameter only.
  ['a 10,000-character value', LONG],
];

/** Elements a payload would create if it were ever parsed as HTML, and script that would run. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('img[src="x"], [onerror], a[href^="javascript:" i], iframe')].map(
      (el) => el.outerHTML,
    ),
    ...[...document.scripts].filter((s) => s.text.includes('alert(')).map((s) => s.outerHTML),
  ]);
}

/** What the messages say, in each edition's words. */
const WORDS = {
  en: { long: (param: string) => `“?${param}=” is 10000 characters long`, searched: 'for “' },
  zh: { long: (param: string) => `“?${param}=”中的搜索文字长 10000 个字符`, searched: '“' },
};

for (const { path, params, drawn } of PAGES) {
  const words = WORDS[path.startsWith('/zh/') ? 'zh' : 'en'];
  test.describe(path, () => {
    for (const [name, raw] of PAYLOADS) {
      test(`survives ${name} in its query string`, async ({ page }) => {
        const dialogs: string[] = [];
        const errors: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        page.on('pageerror', (error) => errors.push(error.message));

        const names = raw === LONG ? Object.keys(params).slice(0, 1) : Object.keys(params);
        await page.goto(`${path}?${names.map((n) => `${n}=${raw}`).join('&')}`);

        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator(drawn).first()).toBeVisible();
        const alert = page.getByRole('alert');
        for (const param of names) {
          if (params[param] === 'choice') await expect(alert).toContainText(`“?${param}=”`);
          else if (raw === LONG) await expect(alert).toContainText(words.long(param));
          // Free text is a valid search: it is searched for and shown as text.
          else await expect(page.locator('search-page [data-status]')).toContainText(words.searched);
        }
        if (raw === LONG) expect((await alert.textContent())!.length).toBeLessThan(1_000);
        expect(await injected(page)).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
