/**
 * Draws a link-preview card (src/lib/og-card.ts) as a 1200×630 PNG: satori lays
 * it out as SVG, resvg rasterises it. Fonts come from the installed @fontsource
 * packages, never the network. Satori reads woff, not woff2, and keeps one font
 * per family name, so every unicode-range subset gets a family of its own and
 * the card lists only the subsets its text needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, cardText, cardWords, type OgCard } from '../lib/og-card.ts';
import type { Tone } from '../lib/present.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export interface FontSubset {
  family: string;
  file: string;
  weight: 400 | 700;
  ranges: [number, number][];
}

/** Parses `U+0000-00FF,U+0131` into inclusive code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

/** The woff subsets a @fontsource stylesheet declares for one weight, each with its unicode-range. */
export function subsetsOf(pkg: string, weight: 400 | 700): FontSubset[] {
  const dir = packageDir(pkg);
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) return [];
    return [
      { family: file.replace(/\.woff$/, ''), file: join(dir, 'files', file), weight, ranges: parseUnicodeRange(range) },
    ];
  });
}

const familyOf = (subset: FontSubset) => subset.family.replace(/-(400|700)-normal$/, '');

/** Inter's Latin subset first, so characters several subsets share (digits, punctuation) are drawn in it. */
const SUBSETS = [400, 700]
  .flatMap((w) => [
    ...subsetsOf('@fontsource/inter', w as 400 | 700),
    ...subsetsOf('@fontsource/noto-sans-sc', w as 400 | 700),
  ])
  .sort((x, y) => Number(familyOf(y) === 'inter-latin') - Number(familyOf(x) === 'inter-latin'));

const covers = (subset: FontSubset, codePoint: number) =>
  subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** For each character the first family that covers it; Inter's Latin subset always, for the fixed labels. */
export function familiesFor(text: string, subsets: FontSubset[] = SUBSETS): string[] {
  const families = new Set(['inter-latin']);
  for (const ch of new Set(text)) {
    const subset = subsets.find((s) => covers(s, ch.codePointAt(0)!));
    if (subset) families.add(familyOf(subset));
  }
  return [...families];
}

const fontData = new Map<string, Buffer>();
const load = (file: string) => fontData.get(file) ?? fontData.set(file, readFileSync(file)).get(file)!;

function fontsFor(families: string[]) {
  return SUBSETS.filter((s) => families.includes(familyOf(s))).map((s) => ({
    name: familyOf(s),
    data: load(s.file),
    weight: s.weight,
    style: 'normal' as const,
  }));
}

// Satori takes React-shaped nodes; these two helpers keep the layout readable without JSX.
type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style?: Style; children?: (Node | string)[] | Node | string };
}
const box = (style: Style, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const INK = '#10151d';
const MUTED = '#4a5566';
const BAND: Record<OgCard['kind'], string> = {
  os: '#0b5fa5',
  concept: '#1f7a4d',
  pair: '#6b3fa0',
  page: '#3d4a5c',
};
const TONE: Partial<Record<Tone, string>> = { active: '#1a7f37', maintenance: '#9a6700', discontinued: '#b42318' };

const clamp = (lines: number): Style => ({ display: 'block', lineClamp: lines, overflow: 'hidden' });

/** A title's width in Latin characters: a Chinese character is about two. */
const ems = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

/** Long titles step down in size so they fit two lines and leave room for the rest. */
const title = (text: string, size: number): Style => {
  const n = ems(text);
  return {
    fontSize: n <= 28 ? size : n <= 44 ? Math.round(size * 0.8) : Math.round(size * 0.64),
    fontWeight: 700,
    // Room below the baseline: a clamped box clips descenders (g, p) at a tighter line height.
    lineHeight: 1.2,
    ...clamp(2),
  };
};

function body(card: OgCard): Node[] {
  switch (card.kind) {
    case 'os':
      return [
        box(title(card.title, 64), card.title),
        box(
          { alignItems: 'center', marginTop: 20, fontSize: 30, color: INK },
          box({
            width: 22,
            height: 22,
            borderRadius: 11,
            background: TONE[card.status.tone] ?? MUTED,
            marginRight: 12,
          }),
          card.status.text,
        ),
        box(
          { flexWrap: 'wrap', marginTop: 44 },
          ...card.facts.map((f) =>
            box(
              { flexDirection: 'column', width: 500, marginRight: 24, marginBottom: 28 },
              box({ fontSize: 24, color: MUTED }, f.label),
              box({ fontSize: 32, fontWeight: 700, marginTop: 4, ...clamp(1) }, f.value),
            ),
          ),
        ),
      ];
    case 'concept':
      return [
        box({ fontSize: 28, color: MUTED }, cardWords(card).note),
        box({ ...title(card.title, 72), marginTop: 12 }, card.title),
        box({ fontSize: 34, lineHeight: 1.35, marginTop: 28, color: INK, ...clamp(4) }, card.definition),
      ];
    case 'pair':
      return [
        box(title(`${card.a} vs ${card.b}`, 60), `${card.a} vs ${card.b}`),
        box({ fontSize: 28, color: MUTED, marginTop: 16 }, cardWords(card).note),
        box(
          { flexDirection: 'column', marginTop: 28, fontSize: 26 },
          ...card.differences.map((d) =>
            box(
              { borderTop: '2px solid #d5dbe3', paddingTop: 12, paddingBottom: 12 },
              box({ width: '30%', color: MUTED, paddingRight: 16 }, d.label),
              box({ width: '35%', fontWeight: 700, paddingRight: 16, ...clamp(1) }, d.a),
              box({ width: '35%', fontWeight: 700, ...clamp(1) }, d.b),
            ),
          ),
        ),
      ];
    case 'page':
      return [
        box(title(card.title, 76), card.title),
        box({ fontSize: 34, lineHeight: 1.35, marginTop: 28, color: INK, ...clamp(3) }, card.description),
      ];
  }
}

function layout(card: OgCard, families: string[]): Node {
  return box(
    { width: OG_WIDTH, height: OG_HEIGHT, background: '#ffffff', color: INK, fontFamily: families.join(', ') },
    box({ width: 28, height: OG_HEIGHT, background: BAND[card.kind] }),
    box(
      { flexDirection: 'column', flex: 1, padding: '48px 64px 40px 56px' },
      box(
        { justifyContent: 'space-between', fontSize: 26, color: MUTED, marginBottom: 36 },
        box({ fontWeight: 700, color: BAND[card.kind] }, 'Container Atlas'),
        cardWords(card).kind,
      ),
      box({ flexDirection: 'column', flex: 1 }, ...body(card)),
    ),
  );
}

export async function renderCard(card: OgCard): Promise<Buffer> {
  const families = familiesFor(cardText(card));
  const svg = await satori(layout(card, families), { width: OG_WIDTH, height: OG_HEIGHT, fonts: fontsFor(families) });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
