/**
 * /choose/ with JavaScript: the answers live in the query string, so a
 * pasted link restores them. The page's stylesheet does the narrowing; this
 * only keeps the form and the URL in step and announces the count.
 */
import { parseState, serializeState, type StateSpec, type StateOf } from '../lib/url-state.ts';

const form = document.querySelector<HTMLFormElement>('form[data-choose]')!;
const spec = JSON.parse(form.dataset['spec']!) as StateSpec;
const status = document.querySelector<HTMLElement>('[data-count]')!;
const errors = form.querySelector<HTMLElement>('[data-errors]')!;
const choices = [...document.querySelectorAll<HTMLElement>('.choice')];
const ruledOut = [...document.querySelectorAll<HTMLElement>('.ruled-out')];

function read(): StateOf<StateSpec> {
  const data = new FormData(form);
  const state: Record<string, string | string[]> = {};
  for (const [name, param] of Object.entries(spec)) {
    const values = data.getAll(name).map(String).filter(Boolean);
    state[name] = param.kind === 'list' ? values : (values[0] ?? '');
  }
  return state;
}

function write(state: StateOf<StateSpec>) {
  for (const input of form.querySelectorAll('input')) {
    const value = state[input.name];
    input.checked = Array.isArray(value) ? value.includes(input.value) : (value ?? '') === input.value;
  }
}

function announce() {
  const fits = choices.filter((c) => c.checkVisibility()).length;
  const out = ruledOut.filter((c) => c.checkVisibility()).length;
  status.textContent = `${fits} of ${choices.length} operating systems fit every answer; ${out} ruled out.`;
}

function follow() {
  history.replaceState(null, '', `${location.pathname}${serializeState(read(), spec)}${location.hash}`);
  errors.textContent = '';
  announce();
}

const { state, errors: problems } = parseState(location.search, spec);
errors.textContent = problems.join(' ');
write(state);
announce();
form.addEventListener('change', follow);
// The reset event fires before the fields are reset.
form.addEventListener('reset', () => setTimeout(follow));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  follow();
});
