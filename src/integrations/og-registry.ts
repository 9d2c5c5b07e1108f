/**
 * How a page hands its preview card to the build. The layout records the card
 * while the page renders; the og-images integration, running in the same build
 * process, reads the records once every page is written. A process-wide slot
 * (not a module variable) because the page bundle and the integration load
 * separate copies of this module. Outside a build (astro dev) nothing listens.
 */
import type { OgCard } from '../lib/og-card.ts';

const SLOT = Symbol.for('container-atlas.og-cards');
type Slot = { [SLOT]?: Map<string, OgCard> };

export function startRecording(): Map<string, OgCard> {
  const cards = new Map<string, OgCard>();
  (globalThis as Slot)[SLOT] = cards;
  return cards;
}

/** `imagePath` is the image's URL path (`/og/distros/flatcar.png`). */
export function recordCard(imagePath: string, card: OgCard): void {
  (globalThis as Slot)[SLOT]?.set(imagePath, card);
}
