/** "/" focuses the search box, as on most documentation sites, unless the reader is typing. */
addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement;
  if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  e.preventDefault();
  document.querySelector<HTMLInputElement>('#site-search, #search-page-input')?.focus();
});

export {};
