import { test, expect } from '@playwright/test';
import { columnHeads, conceptSlugs, distroSlugs } from './site.ts';

test.describe('/stack/', () => {
  test('the OS selector highlights that OS stack and round-trips through the URL', async ({ page, context }) => {
    await page.goto('/stack/');
    await page.getByLabel('Highlight the stack an OS ships').selectOption('bottlerocket');
    await expect(page).toHaveURL(/\/stack\/\?os=bottlerocket$/);
    await expect(page.locator('[data-concept="containerd"]')).toHaveAttribute('data-on', '');
    await expect(page.locator('[data-concept="cri-o"]')).not.toHaveAttribute('data-on', '');
    await expect(page.locator('stack-select [data-stack-summary]')).toContainText('Bottlerocket ships');

    const pasted = await context.newPage();
    await pasted.goto(page.url());
    await expect(pasted.getByLabel('Highlight the stack an OS ships')).toHaveValue('bottlerocket');
    await expect(pasted.locator('[data-concept="containerd"]')).toHaveAttribute('data-on', '');
    await expect(pasted.locator('[data-concept="containerd"] a')).toHaveAttribute('aria-current', 'true');
  });

  test('an unknown OS in the URL is named', async ({ page }) => {
    await page.goto('/stack/?os=beos');
    await expect(page.getByRole('alert')).toContainText('Unknown OS in “?os=”: “beos”');
  });

  test('works with the keyboard alone: the selector, then every box is a link', async ({ page }) => {
    await page.goto('/stack/');
    const select = page.getByLabel('Highlight the stack an OS ships');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?os=/);
    const inDiagram = () =>
      page.evaluate(
        () => !!document.activeElement?.closest('.stack-diagram') && document.activeElement?.tagName === 'A',
      );
    for (let i = 0; i < 5 && !(await inDiagram()); i++) await page.keyboard.press('Tab');
    expect(await inDiagram()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/concepts\/[a-z0-9-]+\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('it is a nested list of links, one per concept, and the per-OS table', async ({ page }) => {
      await page.goto('/stack/');
      await expect(page.locator('stack-select')).toBeHidden();
      const links = await page
        .locator('.stack-diagram li[data-concept] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.length).toBe(conceptSlugs().length);
      await expect(page.locator('ol.stack-layers > li')).toHaveCount(5);
      await expect(page.getByRole('region', { name: 'Default stack per OS' }).locator('tbody tr')).toHaveCount(
        distroSlugs().length,
      );
    });
  });
});

test.describe('glossary and term tooltips', () => {
  test('/glossary/ lists every concept with a linkable id', async ({ page }) => {
    await page.goto('/glossary/');
    for (const slug of conceptSlugs()) await expect(page.locator(`#${slug} dd`)).not.toBeEmpty();
  });

  test('a term in an article shows its definition on hover and on keyboard focus', async ({ page }) => {
    await page.goto('/distros/flatcar/');
    const term = page.locator('.prose .term').first();
    const tip = term.locator('[role=tooltip]');
    await expect(tip).toBeHidden();
    await term.locator('a').hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await term.locator('a').focus();
    await expect(tip).toBeVisible();
    const id = await tip.getAttribute('id');
    await expect(term.locator('a')).toHaveAttribute('aria-describedby', id!);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a term is a plain link to its concept page', async ({ page }) => {
      await page.goto('/distros/flatcar/');
      const link = page.locator('.prose .term a').first();
      await expect(link).toHaveAttribute('href', /^\/concepts\/[a-z0-9-]+\/$/);
    });
  });
});

test('/compare/runtimes/ has one sourced column per engine or runtime, with linkable rows', async ({ page }) => {
  await page.goto('/compare/runtimes/#isolation');
  await expect(page.locator('tr#isolation')).toBeInViewport();
  const columns = await columnHeads(page).count();
  expect(columns).toBeGreaterThanOrEqual(14);
  // Every sourced row has a footnote in every cell; the derived "Default on" row cites the OS pages instead.
  for (const row of await page.locator('tr[data-row]:not(#shipped-by)').all()) {
    for (const cell of await row.locator('td').all())
      await expect(cell.locator('small a').first()).toHaveAttribute('href', /^#src-/);
  }
  await expect(page.locator('#shipped-by td[data-col=containerd]')).toContainText('Bottlerocket');
});

test('/timeline/ lists every OS in order of first release with its successors', async ({ page }) => {
  await page.goto('/timeline/');
  const rows = page.locator('tbody tr[id]');
  await expect(rows).toHaveCount(distroSlugs().length);
  const dates = await rows
    .locator('td:nth-child(2) time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('tr#coreos-container-linux')).toContainText('Flatcar');
  const lineage = page.getByRole('region', { name: /^Lineage/ });
  await expect(lineage.getByRole('listitem').filter({ hasText: /CoreOS Container Linux.*succeeded/ })).toContainText(
    'Fedora CoreOS',
  );
  // Derivations are drawn too: Flatcar grew out of Container Linux, Azure Container Linux out of Flatcar.
  await expect(lineage.getByRole('listitem').filter({ hasText: /Flatcar Container Linux.*base of/ })).toContainText(
    'Azure Container Linux',
  );
});
