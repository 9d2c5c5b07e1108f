import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngSize } from '../build/dist.ts';
import { familiesFor, parseUnicodeRange, renderCard } from '../../src/integrations/og-render.ts';

describe('preview image renderer', () => {
  it('reads unicode ranges as written in @fontsource stylesheets', () => {
    assert.deepEqual(parseUnicodeRange('U+0000-00FF,U+0131,U+2000-206F'), [
      [0, 0xff],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it('picks Inter for Latin text and a separately named Noto Sans SC subset per range Chinese text needs', () => {
    assert.deepEqual(familiesFor('Flatcar Container Linux'), ['inter-latin']);
    const families = familiesFor('openEuler 欧拉操作系统');
    assert.equal(families[0], 'inter-latin');
    const sc = families.filter((f) => f.startsWith('noto-sans-sc-'));
    assert.ok(sc.length >= 1, `no Chinese subset in ${families.join(', ')}`);
    assert.equal(new Set(families).size, families.length, 'each subset has a family name of its own');
  });

  it('draws a 1200×630 PNG, Chinese text included', async () => {
    const png = await renderCard({
      kind: 'page',
      title: 'openEuler 欧拉操作系统',
      description: '面向数字基础设施的开源操作系统，支持容器与云原生场景。Mixed with Latin – “quotes”.',
    });
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    // Kept for looking at: the test prints where.
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-og-')), 'chinese-card.png');
    writeFileSync(file, png);
    console.log(`# Chinese sample card: ${file}`);
  });
});
