import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupByMonth, newestFirst, recentChangesFor } from '../../src/lib/changes.ts';
import { presentChange } from '../../src/lib/present.ts';
import { describeDangling, findDanglingReferences } from '../../src/lib/references.ts';
import { change, concept, distro, resolve } from './helpers.ts';

const log = [
  change('b-old', '2025-03-02', { distros: ['a'] }),
  change('c-new', '2026-07-14', { distros: ['a', 'b'] }),
  change('a-same-day', '2026-07-14', { distros: ['b'] }),
  change('d-mid', '2026-01-31', { distros: [], concepts: ['runc'] }),
  change('e-july', '2026-07-01', { distros: ['a'] }),
];

describe('change log order', () => {
  it('lists newest first, ties by id, whatever the input order', () => {
    assert.deepEqual(
      newestFirst(log).map((c) => c.id),
      ['a-same-day', 'c-new', 'e-july', 'd-mid', 'b-old'],
    );
    assert.deepEqual(newestFirst([...log].reverse()), newestFirst(log));
  });

  it('groups by month, newest month first, with a readable label', () => {
    assert.deepEqual(
      groupByMonth(log).map((g) => [g.month, g.label, g.entries.map((c) => c.id)]),
      [
        ['2026-07', 'July 2026', ['a-same-day', 'c-new', 'e-july']],
        ['2026-01', 'January 2026', ['d-mid']],
        ['2025-03', 'March 2025', ['b-old']],
      ],
    );
  });

  it("an OS's recent changes are the newest entries naming it, up to the limit", () => {
    assert.deepEqual(
      recentChangesFor(log, 'a').map((c) => c.id),
      ['c-new', 'e-july', 'b-old'],
    );
    assert.deepEqual(
      recentChangesFor(log, 'a', 2).map((c) => c.id),
      ['c-new', 'e-july'],
    );
    assert.deepEqual(recentChangesFor(log, 'nobody'), []);
  });
});

describe('presentChange', () => {
  it('gives the kind and date in words and links OSes before concepts', () => {
    const view = presentChange(
      change('x', '2026-07-14', { kind: 'end-of-life', distros: ['a'], concepts: ['runc'] }),
      resolve,
    );
    assert.equal(view.kindText, 'End of life');
    assert.equal(view.anchor, 'change-x', 'an anchor must start with a letter; file names start with the date');
    assert.equal(view.dateText, '14 July 2026');
    assert.deepEqual(
      view.links.map((l) => l.href),
      ['/distros/a/', '/concepts/runc/'],
    );
  });
});

describe('references from the change log', () => {
  it('a change naming a missing OS is reported with its file and field', () => {
    const found = findDanglingReferences(
      [distro('a')],
      ['ab-updates', 'containerd', 'runc', 'ignition'].map((id) => concept(id)),
      [change('x', '2026-01-01', { distros: ['a', 'ghost'] })],
    );
    assert.deepEqual(found.map(describeDangling), [
      'content/changes/x.yaml: distros[1] refers to OS "ghost", but content/distros/ghost.mdx does not exist',
    ]);
  });
});
