/**
 * /choose/ with JavaScript: the answers live in the query string, so a
 * pasted link restores them. The page's stylesheet does the narrowing from
 * the ticked boxes (it works without this script); this keeps the URL and
 * the form in step and announces the count.
 */
import { parseState, serializeState, toggle, type StateSpec, type StateOf, stateWordsFrom } from '../lib/url-state.ts';

type State = StateOf<StateSpec>;

const form = document.querySelector<HTMLFormElement>('form[data-choose]')!;
const spec = JSON.parse(form.dataset['spec']!) as StateSpec;
const status = document.querySelector<HTMLElement>('[data-count]')!;
const errors = form.querySelector<HTMLElement>('[data-errors]')!;
const choices = [...document.querySelectorAll<HTMLElement>('.choice')];
const ruledOut = [...document.querySelectorAll<HTMLElement>('.ruled-out')];
const empty = (): State => Object.fromEntries(Object.entries(spec).map(([k, p]) => [k, p.kind === 'list' ? [] : '']));

let state: State;

function draw(next: State) {
  state = next;
  for (const input of form.querySelectorAll('input')) {
    const value = state[input.name];
    input.checked = Array.isArray(value) ? value.includes(input.value) : (value ?? '') === input.value;
  }
  const fits = choices.filter((c) => c.checkVisibility()).length;
  const out = ruledOut.filter((c) => c.checkVisibility()).length;
  status.textContent = status.dataset['template']!.replace(/\{(\w+)\}/g, (_, name: string) =>
    String({ fits, total: choices.length, out }[name] ?? ''),
  );
}

function update(next: State) {
  history.replaceState(null, '', `${location.pathname}${serializeState(next, spec)}${location.hash}`);
  errors.textContent = '';
  draw(next);
}

const parsed = parseState(location.search, spec, stateWordsFrom(form.dataset['stateWords']));
errors.textContent = parsed.errors.join(' ');
draw({ ...empty(), ...parsed.state });

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const current = state[input.name];
  const value = Array.isArray(current) ? toggle(current, input.value, input.checked) : input.checked ? input.value : '';
  update({ ...state, [input.name]: value });
});
form.addEventListener('reset', (event) => {
  event.preventDefault();
  update(empty());
});
// Nothing to send: the results already follow the answers, so "Show results" moves to them.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('fits')!.focus();
});
