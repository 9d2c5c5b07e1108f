import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isStale, staleFacts, verifiedOn } from '../../src/lib/freshness.ts';
import { distro, fact } from './helpers.ts';

describe('freshness', () => {
  it('flags a date more than twelve months before today, and a fact never checked', () => {
    assert.equal(isStale('2025-12-01', '2026-12-02'), true);
    assert.equal(isStale('2025-12-02', '2026-12-02'), false);
    assert.equal(isStale('2026-11-25', '2026-12-02'), false);
    assert.equal(isStale(undefined, '2026-12-02'), true);
  });

  it('dates a fact by the newest check among the sources it cites', () => {
    const sources = {
      docs: { title: 'Docs', url: 'https://example.org/', checked: '2024-01-10' },
      notes: { title: 'Notes', url: 'https://example.org/n', checked: '2026-11-20' },
    };
    assert.equal(verifiedOn({ sources: ['docs', 'notes'] }, sources), '2026-11-20');
    assert.equal(verifiedOn({ sources: ['docs'] }, sources), '2024-01-10');
  });

  it('lists stale facts by file and field', () => {
    // The helper's `docs` source was checked 2026-11-01 and `notes` 2026-11-20.
    const d = distro('x', { maintainer: fact('Acme', { sources: ['notes'] }) });
    assert.deepEqual(
      staleFacts([d], '2027-11-10')
        .map((s) => s.field)
        .slice(0, 2),
      ['facts.status', 'facts.firstRelease'],
    );
    assert.ok(!staleFacts([d], '2027-11-10').some((s) => s.field === 'facts.maintainer'));
    assert.deepEqual(staleFacts([d], '2026-12-02'), []);
  });
});
