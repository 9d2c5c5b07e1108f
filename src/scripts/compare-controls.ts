/**
 * <compare-controls>: the view of the matrix on the same page. State flows one
 * way: the URL is parsed into a view, the view is drawn; a control's change
 * produces the next view, which is written to the URL and drawn. On /compare/
 * (`data-pickers`) the view also chooses columns, rows and order; on pair
 * pages it is only "differences only" and "show notes".
 */
import { agree, compareSpec, orderColumns, viewSpec, type CompareView, type Known } from '../lib/compare-query.ts';
import { markdownTable, type MarkdownTable } from '../lib/markdown-table.ts';
import { parseState, serializeState, toggle, type StateOf, stateWordsFrom } from '../lib/url-state.ts';
import type { Messages } from '../i18n/messages/en.ts';

type PairView = StateOf<ReturnType<typeof viewSpec>>;
type AnyView = CompareView | (PairView & Partial<CompareView>);

/** Two or three columns fit a phone once each row stacks its label above the values (CSS: [data-stack]). */
const STACKABLE = 3;

type Words = Messages['compare']['client'];

/** A sentence with its `{name}` slots filled. */
const fill = (template: string, values: Record<string, number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

class CompareControls extends HTMLElement {
  known = JSON.parse(this.dataset['known']!) as Known;
  words = JSON.parse(this.dataset['messages']!) as Words;
  pickers = this.hasAttribute('data-pickers');
  spec = this.pickers ? compareSpec(this.known, this.words) : viewSpec(this.words);
  /** The matrix: one table per group of rows, each with the same columns. */
  matrix = document.querySelector<HTMLElement>('[data-matrix]')!;
  errors = this.querySelector<HTMLElement>('[data-compare-errors]')!;
  view: AnyView = { diff: '', notes: '' };

  connectedCallback() {
    const { state, errors } = parseState(location.search, this.spec, stateWordsFrom(this.dataset['stateWords']));
    this.errors.textContent = errors.join(' ');
    this.draw(state);
    this.addEventListener('change', (event) => this.change(event.target));
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('[data-reset]'))
        this.update(this.pickers ? { os: [], rows: [], sort: '', diff: '', notes: '' } : { diff: '', notes: '' });
      if (target.closest('[data-show-all]')) this.update({ ...this.view, diff: '' });
      if (target.closest('[data-copy-markdown]')) void this.copyMarkdown();
    });
    // Per-cell notes: one listener for every marker in the table.
    this.matrix.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('td > button[aria-expanded]');
      if (button) button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
    });
  }

  change(target: EventTarget | null) {
    if (target instanceof HTMLSelectElement) this.update({ ...this.view, sort: target.value });
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === 'diff' || target.name === 'notes') {
      this.update({ ...this.view, [target.name]: target.checked ? '1' : '' });
    } else if (this.pickers && (target.name === 'os' || target.name === 'rows')) {
      const key = target.name;
      const all = this.known[key];
      this.update({ ...this.view, [key]: toggle(this.view[key] ?? [], target.value, target.checked, all) });
    }
  }

  update(view: AnyView) {
    history.replaceState(
      null,
      '',
      `${location.pathname}${serializeState(view as CompareView, this.spec)}${location.hash}`,
    );
    this.errors.textContent = '';
    this.draw(view);
  }

  draw(view: AnyView) {
    this.view = view;
    const os = view.os?.length ? view.os : this.known.os;
    const rows = view.rows?.length ? view.rows : this.known.rows;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (input.name === 'os') input.checked = os.includes(input.value);
      else if (input.name === 'rows') input.checked = rows.includes(input.value);
      else input.checked = view[input.name as 'diff' | 'notes'] === '1';
    }
    const sort = this.querySelector<HTMLSelectElement>('select[name=sort]');
    if (sort) sort.value = view.sort ?? '';
    for (const el of document.querySelectorAll<HTMLElement>('[data-col]')) {
      if (!el.closest('compare-controls')) el.hidden = !os.includes(el.dataset['col']!);
    }
    this.order(view.sort ?? '');
    const hiddenByDiff = this.showRows(rows, os, view.diff === '1');
    this.matrix.toggleAttribute('data-notes', view.notes === '1');
    this.matrix.toggleAttribute('data-stack', os.length <= STACKABLE);
    this.describe(os.length, rows.length, hiddenByDiff);
  }

  /** Shows the chosen rows, minus, with `diff`, those whose shown values all agree. Returns how many `diff` hid. */
  showRows(rows: readonly string[], os: readonly string[], diff: boolean): number {
    let hiddenByDiff = 0;
    for (const tr of this.matrix.querySelectorAll<HTMLElement>('tr[data-row]')) {
      const keys = [...tr.querySelectorAll<HTMLElement>('td[data-col]')]
        .filter((td) => os.includes(td.dataset['col']!))
        .map((td) => td.dataset['sort']!);
      const same = diff && keys.length > 1 && agree(keys);
      const chosen = rows.includes(tr.dataset['row']!);
      if (chosen && same) hiddenByDiff++;
      tr.hidden = !chosen || same;
    }
    // A group with no row left to show would be a header row over nothing.
    for (const section of this.matrix.querySelectorAll<HTMLElement>('.matrix-section')) {
      section.hidden = !section.querySelector('tr[data-row]:not([hidden])');
    }
    return hiddenByDiff;
  }

  describe(columns: number, rows: number, hiddenByDiff: number) {
    const status = this.querySelector<HTMLElement>('[data-diff-status]')!;
    status.replaceChildren();
    if (hiddenByDiff) {
      const show = document.createElement('button');
      show.type = 'button';
      show.dataset['showAll'] = '';
      show.className = 'underline text-accent min-h-6';
      show.textContent = this.words.showThem;
      status.append(fill(hiddenByDiff === 1 ? this.words.hiddenOne : this.words.hiddenMany, { n: hiddenByDiff }), show);
    }
    const summary = this.querySelector('[data-summary]');
    if (summary) {
      summary.textContent = fill(this.words.summary, {
        columns,
        allColumns: this.known.os.length,
        rows: rows - hiddenByDiff,
        allRows: this.known.rows.length,
      });
    }
  }

  /** The view on screen, in the order shown, as a Markdown table on the clipboard. */
  async copyMarkdown() {
    const status = this.querySelector<HTMLElement>('[data-diff-status]')!;
    try {
      await navigator.clipboard.writeText(markdownTable(this.visibleTable(), this.words));
      status.textContent = this.words.copied;
    } catch {
      status.textContent = this.words.copyFailed;
    }
  }

  visibleTable(): MarkdownTable {
    const shown = (el: HTMLElement) => !el.hidden;
    const headers = this.columnHeads().filter(shown);
    const absolute = (href: string) => new URL(href, location.href).href;
    return {
      title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
      url: location.href,
      columns: headers.map((th) => ({
        name: th.querySelector('a')!.textContent!.trim(),
        url: absolute(th.querySelector('a')!.getAttribute('href')!),
        sourcesUrl: absolute(th.dataset['sources']!),
      })),
      rows: [...this.matrix.querySelectorAll<HTMLElement>('tr[data-row]')].filter(shown).map((tr) => ({
        label: tr.querySelector<HTMLElement>('th[data-label]')!.dataset['label']!,
        cells: [...tr.querySelectorAll<HTMLElement>('td')].filter(shown).map((td) => ({
          // The value's words, without its decorative icon.
          text: [...td.querySelector(':scope > span')!.childNodes]
            .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
            .map((n) => n.textContent)
            .join(''),
          sources: [...td.querySelectorAll('small a')].map((a) => Number(a.textContent)),
        })),
      })),
    };
  }

  /** The column headers of the first group, in the order shown (every group repeats them). */
  columnHeads(): HTMLElement[] {
    return [...this.matrix.querySelector('thead')!.querySelectorAll<HTMLElement>('th[data-col]')];
  }

  /** Reorders the cells of every row by the chosen row's sort keys (rendered as data-sort). */
  order(sort: string) {
    const sortRow = sort ? this.matrix.querySelector<HTMLElement>(`tr[data-row="${CSS.escape(sort)}"]`) : null;
    const keys = sortRow
      ? Object.fromEntries(
          [...sortRow.querySelectorAll<HTMLElement>('td')].map((td) => [td.dataset['col']!, td.dataset['sort']!]),
        )
      : undefined;
    const order = orderColumns([...this.known.os], keys);
    // Moving every cell of a matrix already in this order would only make the browser lay it out again.
    if (this.columnHeads().every((th, i) => th.dataset['col'] === order[i])) return;
    for (const tr of this.matrix.querySelectorAll('tr')) {
      const cells = new Map(
        [...tr.querySelectorAll<HTMLElement>(':scope > [data-col]')].map((c) => [c.dataset['col']!, c]),
      );
      if (cells.size) for (const id of order) tr.append(cells.get(id)!);
    }
  }
}

customElements.define('compare-controls', CompareControls);
