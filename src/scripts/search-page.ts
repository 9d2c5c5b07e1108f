/**
 * <search-page>: runs the query in `?q=` (and `?kind=`) and shows results as
 * the reader types, keeping the URL in step so a search can be shared. A
 * corrected typo says so, with a link back to the query as typed
 * (`?spelling=as-typed`).
 */
import { excerptParts } from '../lib/excerpt.ts';
import { one, parseState, serializeState, showable, text, stateWordsFrom } from '../lib/url-state.ts';
import type { Messages } from '../i18n/messages/en.ts';
import { runSearch, type Hit } from './search.ts';

type Words = Messages['searchPage']['client'];
type State = { q: string; kind: string; spelling: string };

/** A sentence with its `{name}` slots filled. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

const specOf = (w: Words) => ({
  q: text(w.nounQuery, 200),
  kind: one(w.nounKind, ['OS', 'Concept']),
  spelling: one(w.nounSpelling, ['as-typed']),
});
type Spec = ReturnType<typeof specOf>;

class SearchPage extends HTMLElement {
  words = JSON.parse(this.dataset['messages']!) as Words;
  names = { url: this.dataset['names']!, distros: this.dataset['distros']!, concepts: this.dataset['concepts']! };
  spec: Spec = specOf(this.words);
  input = this.querySelector<HTMLInputElement>('input[name=q]')!;
  status = this.querySelector<HTMLElement>('[data-status]')!;
  correction = this.querySelector<HTMLElement>('[data-correction]')!;
  errors = this.querySelector<HTMLElement>('[data-errors]')!;
  list = this.querySelector<HTMLOListElement>('[data-results]')!;
  latest = 0;
  spelling = '';

  connectedCallback() {
    const { state, errors } = parseState(location.search, this.spec, stateWordsFrom(this.dataset['stateWords']));
    this.errors.textContent = errors.join(' ');
    this.input.value = state.q;
    this.spelling = state.spelling;
    this.querySelector<HTMLInputElement>(`input[name=kind][value="${state.kind}"]`)!.checked = true;
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      this.edited();
    });
    this.addEventListener('input', () => {
      // A new query may have new typos: correct again.
      this.spelling = '';
      this.edited();
    });
    this.correction.addEventListener('click', (e) => {
      const link = (e.target as Element).closest('a');
      if (!link) return;
      e.preventDefault();
      const { state: asked } = parseState(new URL(link.href).search, this.spec);
      this.input.value = asked.q;
      this.spelling = asked.spelling;
      void this.search();
    });
    if (state.q) void this.search();
    else this.input.focus();
  }

  /** The reader changed the search, so what the address said about the old one no longer applies. */
  edited() {
    this.errors.textContent = '';
    void this.search();
  }

  async search() {
    const state: State = {
      q: this.input.value.trim().slice(0, this.spec.q.maxLength),
      kind: this.querySelector<HTMLInputElement>('input[name=kind]:checked')?.value ?? '',
      spelling: this.spelling,
    };
    history.replaceState(null, '', `${location.pathname}${serializeState(state, this.spec)}`);
    const ticket = ++this.latest;
    if (!state.q) {
      this.status.textContent = '';
      this.correction.replaceChildren();
      this.list.replaceChildren();
      return;
    }
    this.status.textContent = this.words.searching;
    try {
      const answer = await runSearch(state.q, state.kind, state.spelling === 'as-typed', this.names);
      if (ticket !== this.latest) return;
      this.correction.replaceChildren(...this.correctionLine(state, answer.searched, answer.suggestion));
      this.render(answer.searched, answer.first, true);
      // Let the first results paint before the full-text index is fetched.
      await new Promise(requestAnimationFrame);
      const extra = await answer.more();
      if (ticket !== this.latest) return;
      this.render(answer.searched, [...answer.first, ...extra], false);
    } catch {
      if (ticket === this.latest) this.status.textContent = this.words.failed;
    }
  }

  render(q: string, hits: Hit[], searchingText: boolean) {
    const w = this.words;
    const count = fill(hits.length === 1 ? w.countOne : w.countMany, { n: hits.length, q: showable(q) });
    this.status.textContent = searchingText
      ? fill(w.soFar, { count })
      : hits.length
        ? fill(w.done, { count })
        : fill(w.none, { q: showable(q) });
    this.list.replaceChildren(...hits.map((hit) => resultItem(hit, hit.kind === 'OS' ? w.kindOS : w.kindConcept)));
  }

  link(state: State): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = `${location.pathname}${serializeState(state, this.spec)}`;
    a.textContent = state.q;
    return a;
  }

  /** "Showing results for flatcar — search instead for flatcr", or "Did you mean flatcar?" after the latter. */
  correctionLine(state: State, searched: string, suggestion: string | undefined): (Node | string)[] {
    const w = this.words;
    if (searched !== state.q) {
      const shown = document.createElement('strong');
      shown.textContent = searched;
      return [w.showingFor, shown, w.searchInstead, this.link({ ...state, spelling: 'as-typed' })];
    }
    if (suggestion) return [w.didYouMean, this.link({ ...state, q: suggestion, spelling: '' }), w.didYouMeanEnd];
    return [];
  }
}

function resultItem(hit: Hit, kindText: string): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'block text-xs uppercase tracking-wide text-muted';
  kind.textContent = kindText;
  const a = document.createElement('a');
  a.href = hit.url;
  a.className = 'text-lg font-semibold';
  a.textContent = hit.title;
  if (hit.section) {
    // The link goes to this section: say so in the link.
    const section = document.createElement('span');
    section.className = 'font-normal text-muted';
    section.textContent = ` › ${hit.section}`;
    a.append(section);
  }
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
