/**
 * Upgrades every `[data-copy-link]` anchor: the click still jumps to the
 * section (so it works without this script) and also copies the full URL.
 */
const announcer = document.createElement('p');
announcer.setAttribute('role', 'status');
announcer.className = 'sr-only';
document.body.append(announcer);

document.addEventListener('click', async (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href')!, location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    announcer.textContent = 'Link copied';
    link.dataset['copied'] = '';
    setTimeout(() => delete link.dataset['copied'], 1500);
  } catch {
    // Clipboard refused (permissions, insecure context): the jump still happened.
  }
});

export {};
