/**
 * <stack-select>: lights up, on the stack diagram, the concepts one OS ships
 * (`?os=flatcar`). URL → choice → diagram; the select's change writes the URL.
 */
import { one, parseState, serializeState, stateWordsFrom } from '../lib/url-state.ts';

class StackSelect extends HTMLElement {
  select = this.querySelector('select')!;
  spec = { os: one(this.dataset['noun']!, JSON.parse(this.dataset['known']!) as string[]) };
  diagram = document.querySelector<HTMLElement>('.stack-diagram')!;
  errors = this.querySelector<HTMLElement>('[data-errors]')!;

  connectedCallback() {
    const { state, errors } = parseState(location.search, this.spec, stateWordsFrom(this.dataset['stateWords']));
    this.errors.textContent = errors.join(' ');
    this.draw(state.os);
    this.select.addEventListener('change', () => {
      history.replaceState(null, '', `${location.pathname}${serializeState({ os: this.select.value }, this.spec)}`);
      this.errors.textContent = '';
      this.draw(this.select.value);
    });
  }

  draw(os: string) {
    this.select.value = os;
    const option = this.select.selectedOptions[0];
    const on = new Set((option?.dataset['concepts'] ?? '').split(' ').filter(Boolean));
    this.diagram.toggleAttribute('data-highlight', on.size > 0);
    for (const li of this.diagram.querySelectorAll<HTMLElement>('[data-concept]')) {
      const lit = on.has(li.dataset['concept']!);
      li.toggleAttribute('data-on', lit);
      const a = li.querySelector('a')!;
      if (lit) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    this.querySelector('[data-stack-summary]')!.textContent = os ? option!.dataset['summary']! : '';
  }
}

customElements.define('stack-select', StackSelect);
