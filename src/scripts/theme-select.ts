/**
 * <theme-select>: light, dark or the system's choice, saved in localStorage.
 * The inline script in Base.astro applies the saved choice before first paint.
 */
const media = matchMedia('(prefers-color-scheme: dark)');
function apply(choice: string) {
  const dark = choice === 'dark' || (choice === 'system' && media.matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.classList.toggle('light', !dark);
}
customElements.define(
  'theme-select',
  class extends HTMLElement {
    connectedCallback() {
      const select = this.querySelector('select')!;
      select.value = localStorage.getItem('theme') ?? 'system';
      select.addEventListener('change', () => {
        if (select.value === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', select.value);
        apply(select.value);
      });
      media.addEventListener('change', () => apply(select.value));
    }
  },
);
