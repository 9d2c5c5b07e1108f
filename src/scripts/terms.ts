/** WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed with Escape. */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) {
    term.dataset['dismissed'] = '';
    term.addEventListener('mouseleave', () => delete term.dataset['dismissed'], { once: true });
    term.addEventListener('focusout', () => delete term.dataset['dismissed'], { once: true });
  }
});

export {};
