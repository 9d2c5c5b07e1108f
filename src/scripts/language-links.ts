/**
 * The header's link to the other language carries the reader's view with it:
 * the query string (a matrix, a search, a set of answers) and the section.
 * Without JavaScript it still leads to the same page, in its default view.
 */
function carryView(event: Event) {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-language-link]');
  if (link) link.href = `${link.pathname}${location.search}${location.hash}`;
}

for (const type of ['click', 'auxclick', 'contextmenu']) document.addEventListener(type, carryView, true);
