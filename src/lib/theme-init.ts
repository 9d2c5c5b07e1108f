/**
 * The one inline script: it runs in <head>, before first paint, so a saved
 * theme never flashes the other one, and it adds `js` so CSS can show
 * script-driven controls from the first paint (no layout shift). It is kept
 * as text here because the Content Security Policy allows it by its hash
 * (src/lib/security-policy.ts): the bytes hashed are the bytes served.
 */
export const THEME_INIT = [
  '(() => {',
  "  const saved = localStorage.getItem('theme');",
  "  const dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);",
  "  document.documentElement.classList.add(dark ? 'dark' : 'light', 'js');",
  '})();',
].join('\n');
