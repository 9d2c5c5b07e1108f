/**
 * <compare-controls>: column choice, row choice and ordering for the matrix
 * on the same page. State flows one way: the URL is parsed into a view, the
 * view is drawn; a control's change produces the next view, which is written
 * to the URL and drawn. Without JavaScript the element stays hidden and the
 * full matrix is the view.
 */
import { compareSpec, orderColumns, type CompareView, type Known } from '../lib/compare-query.ts';
import { parseState, serializeState, toggle } from '../lib/url-state.ts';

class CompareControls extends HTMLElement {
  spec = compareSpec(JSON.parse(this.dataset['known']!) as Known);
  table = document.querySelector<HTMLTableElement>('table[data-matrix]')!;
  errors = this.querySelector<HTMLElement>('[data-compare-errors]')!;
  view: CompareView = { os: [], rows: [], sort: '' };

  connectedCallback() {
    const { state, errors } = parseState(location.search, this.spec);
    this.errors.textContent = errors.join(' ');
    this.draw(state);
    this.addEventListener('change', (event) => this.change(event.target));
    this.querySelector('[data-reset]')!.addEventListener('click', () => this.update({ os: [], rows: [], sort: '' }));
    this.hidden = false;
  }

  change(target: EventTarget | null) {
    if (target instanceof HTMLSelectElement) this.update({ ...this.view, sort: target.value });
    if (!(target instanceof HTMLInputElement)) return;
    const key = target.name === 'os' ? 'os' : 'rows';
    this.update({ ...this.view, [key]: toggle(this.view[key], target.value, target.checked, this.spec[key].values) });
  }

  update(view: CompareView) {
    history.replaceState(null, '', `${location.pathname}${serializeState(view, this.spec)}${location.hash}`);
    this.errors.textContent = '';
    this.draw(view);
  }

  draw(view: CompareView) {
    this.view = view;
    const os = view.os.length ? view.os : this.spec.os.values;
    const rows = view.rows.length ? view.rows : this.spec.rows.values;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name=os]'))
      input.checked = os.includes(input.value);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name=rows]'))
      input.checked = rows.includes(input.value);
    this.querySelector<HTMLSelectElement>('select[name=sort]')!.value = view.sort;
    for (const el of document.querySelectorAll<HTMLElement>('[data-col]')) {
      if (!el.closest('compare-controls')) el.hidden = !os.includes(el.dataset['col']!);
    }
    for (const tr of this.table.querySelectorAll<HTMLElement>('tr[data-row]'))
      tr.hidden = !rows.includes(tr.dataset['row']!);
    this.order(view.sort);
    const summary = `Showing ${os.length} of ${this.spec.os.values.length} columns and ${rows.length} of ${this.spec.rows.values.length} attributes.`;
    this.querySelector('[data-summary]')!.textContent = summary;
  }

  /** Reorders the cells of every row by the chosen row's sort keys (rendered as data-sort). */
  order(sort: string) {
    const sortRow = sort ? this.table.querySelector<HTMLElement>(`tr[data-row="${CSS.escape(sort)}"]`) : null;
    const keys = sortRow
      ? Object.fromEntries(
          [...sortRow.querySelectorAll<HTMLElement>('td')].map((td) => [td.dataset['col']!, td.dataset['sort']!]),
        )
      : undefined;
    const order = orderColumns([...this.spec.os.values], keys);
    for (const tr of this.table.querySelectorAll('tr')) {
      const cells = new Map(
        [...tr.querySelectorAll<HTMLElement>(':scope > [data-col]')].map((c) => [c.dataset['col']!, c]),
      );
      if (cells.size) for (const id of order) tr.append(cells.get(id)!);
    }
  }
}

customElements.define('compare-controls', CompareControls);
