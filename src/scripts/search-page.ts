/**
 * <search-page>: runs the query in `?q=` (and `?kind=`) and shows results as
 * the reader types, keeping the URL in step so a search can be shared.
 */
import { excerptParts } from '../lib/excerpt.ts';
import { one, parseState, serializeState, showable, text } from '../lib/url-state.ts';
import { runSearch, type Hit } from './search.ts';

const spec = { q: text('search text', 200), kind: one('kind of page', ['OS', 'Concept']) };

class SearchPage extends HTMLElement {
  input = this.querySelector<HTMLInputElement>('input[name=q]')!;
  status = this.querySelector<HTMLElement>('[data-status]')!;
  errors = this.querySelector<HTMLElement>('[data-errors]')!;
  list = this.querySelector<HTMLOListElement>('[data-results]')!;
  latest = 0;

  connectedCallback() {
    const { state, errors } = parseState(location.search, spec);
    this.errors.textContent = errors.join(' ');
    this.input.value = state.q;
    this.querySelector<HTMLInputElement>(`input[name=kind][value="${state.kind}"]`)!.checked = true;
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      this.edited();
    });
    this.addEventListener('input', () => this.edited());
    if (state.q) void this.search();
    else this.input.focus();
  }

  /** The reader changed the search, so what the address said about the old one no longer applies. */
  edited() {
    this.errors.textContent = '';
    void this.search();
  }

  async search() {
    const state = {
      q: this.input.value.trim().slice(0, spec.q.maxLength),
      kind: this.querySelector<HTMLInputElement>('input[name=kind]:checked')?.value ?? '',
    };
    history.replaceState(null, '', `${location.pathname}${serializeState(state, spec)}`);
    const ticket = ++this.latest;
    if (!state.q) {
      this.status.textContent = '';
      this.list.replaceChildren();
      return;
    }
    this.status.textContent = 'Searching…';
    try {
      const { first, more } = await runSearch(state.q, state.kind);
      if (ticket !== this.latest) return;
      this.render(state.q, first, true);
      // Let the first results paint before the full-text index is fetched.
      await new Promise(requestAnimationFrame);
      const extra = await more();
      if (ticket !== this.latest) return;
      this.render(state.q, [...first, ...extra], false);
    } catch {
      if (ticket === this.latest) this.status.textContent = 'Search could not load. Reload the page to try again.';
    }
  }

  render(q: string, hits: Hit[], searchingText: boolean) {
    const count = `${hits.length} result${hits.length === 1 ? '' : 's'} for “${showable(q)}”`;
    this.status.textContent = searchingText
      ? `${count} so far; searching article text…`
      : hits.length
        ? `${count}.`
        : `No results for “${showable(q)}”. Check the spelling, try a broader word, or browse the glossary.`;
    this.list.replaceChildren(...hits.map(resultItem));
  }
}

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'block text-xs uppercase tracking-wide text-muted';
  kind.textContent = hit.kind;
  const a = document.createElement('a');
  a.href = hit.url;
  a.className = 'text-lg font-semibold';
  a.textContent = hit.title;
  const p = document.createElement('p');
  p.className = 'text-sm search-excerpt';
  p.append(
    ...excerptParts(hit.excerpt).map(({ text, mark }) =>
      mark ? Object.assign(document.createElement('mark'), { textContent: text }) : text,
    ),
  );
  li.append(kind, a, p);
  return li;
}

customElements.define('search-page', SearchPage);
