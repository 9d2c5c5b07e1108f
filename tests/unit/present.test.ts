import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { presentValue } from '../../src/lib/present.ts';
import type { ValueKind } from '../../src/schemas/attributes.ts';
import { resolve } from './helpers.ts';

const shown = (kind: ValueKind, value: unknown) => {
  const v = presentValue(kind, value, resolve);
  return [v.text, v.tone, v.icon];
};

describe('one formatter for every fact', () => {
  it('shows each kind of value in words', () => {
    const cases: [ValueKind, unknown, string][] = [
      ['text', 'systemd', 'systemd'],
      ['date', '2020-05-26', '26 May 2020'],
      ['date', '2013', '2013'],
      ['end-of-life', 'none', 'None announced'],
      ['end-of-life', '2025-03', 'March 2025'],
      ['update-model', 'ostree', 'OSTree image (rpm-ostree / bootc)'],
      ['platforms', ['aws', 'bare-metal'], 'AWS, Bare metal'],
      ['architectures', ['x86_64', 'aarch64'], 'x86-64, Arm64'],
      ['isolation', 'virtual-machine', 'Lightweight virtual machine'],
      ['cgroup-mode', 'v2', 'cgroup v2 (unified)'],
      ['distro-refs', [], 'None'],
    ];
    for (const [kind, value, text] of cases) assert.equal(presentValue(kind, value, resolve).text, text, kind);
  });

  it('gives support levels and statuses an icon and a tone as well as a word', () => {
    assert.deepEqual(shown('support', 'yes'), ['Yes', 'yes', '✓']);
    assert.deepEqual(shown('support', 'partial'), ['Partial', 'partial', '◐']);
    assert.deepEqual(shown('status', 'discontinued'), ['Discontinued', 'discontinued', '✗']);
    assert.deepEqual(shown('text', 'SSH'), ['SSH', 'neutral', '']);
  });

  it('shows placeholders the same way for every kind', () => {
    for (const kind of ['text', 'support', 'concept-refs', 'date'] as const) {
      assert.deepEqual(shown(kind, 'unknown'), ['Unknown', 'unknown', '?']);
      assert.deepEqual(shown(kind, 'not-applicable'), ['Not applicable', 'not-applicable', '–']);
    }
  });

  it('turns references into links through the resolver', () => {
    const v = presentValue('concept-refs', [{ collection: 'concepts', id: 'runc' }], resolve);
    assert.deepEqual(v.links, [{ text: 'runc!', href: '/concepts/runc/' }]);
    assert.equal(v.text, 'runc!');
  });
});
