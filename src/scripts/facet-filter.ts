/**
 * <facet-filter>: filters the cards in `[data-cards]` by facet; the selection
 * lives in the query string so a filtered view can be linked. The URL is
 * parsed into a selection, the selection is drawn; ticking a box produces the
 * next selection. Hidden without JavaScript, when every card shows.
 */
import { facetSpec, matches, type Facet, type Selection } from '../lib/facets.ts';
import { parseState, serializeState, toggle, stateWordsFrom } from '../lib/url-state.ts';

class FacetFilter extends HTMLElement {
  facets = JSON.parse(this.dataset['facets']!) as Facet[];
  spec = facetSpec(this.facets);
  cards = [...document.querySelectorAll<HTMLElement>('[data-card]')];
  errors = this.querySelector<HTMLElement>('[data-errors]')!;
  selection: Selection = {};

  connectedCallback() {
    const { state, errors } = parseState(location.search, this.spec, stateWordsFrom(this.dataset['stateWords']));
    this.errors.textContent = errors.join(' ');
    this.draw(state);
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const chosen = toggle(this.selection[input.name] ?? [], input.value, input.checked);
      this.update({ ...this.selection, [input.name]: chosen });
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.update({}));
  }

  update(selection: Selection) {
    history.replaceState(null, '', `${location.pathname}${serializeState(selection, this.spec)}`);
    this.errors.textContent = '';
    this.draw(selection);
  }

  draw(selection: Selection) {
    this.selection = selection;
    for (const input of this.querySelectorAll('input'))
      input.checked = (selection[input.name] ?? []).includes(input.value);
    let shown = 0;
    for (const card of this.cards) {
      const values = Object.fromEntries(this.facets.map((f) => [f.key, (card.dataset[f.key] ?? '').split(' ')]));
      card.hidden = !matches(values, selection);
      if (!card.hidden) shown++;
    }
    this.querySelector('[data-count]')!.textContent = this.dataset['showing']!.replace(
      '{shown}',
      String(shown),
    ).replace('{total}', String(this.cards.length));
  }
}

customElements.define('facet-filter', FacetFilter);
