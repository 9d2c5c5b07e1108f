import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, lineages, spanOf, yearOf } from '../../src/lib/timeline.ts';
import { distro, fact, ref, resolve } from './helpers.ts';

const coreos = distro('coreos', {
  status: fact('discontinued'),
  firstRelease: fact('2013-10'),
  endOfLife: fact('2020-05-26'),
  successors: fact([ref('distros', 'flatcar'), ref('distros', 'fcos')]),
});
const flatcar = distro('flatcar', { firstRelease: fact('2018-03') }, { derivedFrom: fact([ref('distros', 'coreos')]) });
const mystery = distro('mystery', { firstRelease: fact('unknown', { note: 'Not published' }) });
const entries = buildTimeline([mystery, flatcar, coreos], resolve);

describe('timeline', () => {
  it('orders OSes by first release, unknown dates last', () => {
    assert.deepEqual(
      entries.map((e) => e.id),
      ['coreos', 'flatcar', 'mystery'],
    );
  });

  it('writes dates in words and says when there is no end or no known start', () => {
    const [c, f, m] = entries;
    assert.deepEqual([c!.startText, c!.endText, c!.end], ['October 2013', '26 May 2020', '2020-05-26']);
    assert.deepEqual([f!.endText, f!.end], ['None announced', undefined]);
    assert.deepEqual([m!.startText, m!.start], ['Unknown', undefined]);
  });

  it('shows status through the shared formatter (words and icon)', () => {
    assert.equal(entries[0]!.status.text, 'Discontinued');
    assert.equal(entries[0]!.status.tone, 'discontinued');
    assert.ok(entries[0]!.status.icon);
  });

  it('draws lineage arrows to successors and to what grew out of an OS, as links', () => {
    assert.deepEqual(lineages(entries), [
      {
        from: { text: 'coreos Linux', href: '/distros/coreos/' },
        to: [
          { text: 'flatcar!', href: '/distros/flatcar/' },
          { text: 'fcos!', href: '/distros/fcos/' },
        ],
        kind: 'succeeded-by',
      },
      {
        from: { text: 'coreos Linux', href: '/distros/coreos/' },
        to: [{ text: 'flatcar Linux', href: '/distros/flatcar/' }],
        kind: 'derived-into',
      },
    ]);
  });

  it('places bars on a shared axis, open-ended while an OS is alive', () => {
    assert.equal(yearOf('2018-07'), 2018.5);
    const axisStart = 2013;
    const ended = spanOf(entries[0]!, axisStart, '2026-12')!;
    assert.equal(ended.open, false);
    assert.ok(ended.left >= 0 && ended.left < 10);
    const alive = spanOf(entries[1]!, axisStart, '2026-12')!;
    assert.equal(alive.open, true);
    assert.ok(Math.abs(alive.left + alive.width - 100) < 1e-9, 'an open bar runs to today');
    assert.equal(spanOf(entries[2]!, axisStart, '2026-12'), undefined);
  });
});
