import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts } from '../../src/lib/excerpt.ts';

describe('search excerpts', () => {
  it('splits an excerpt into plain text and marked matches', () => {
    assert.deepEqual(excerptParts('groups use <mark>cgroup</mark> v2 and <mark>cgroups</mark>.'), [
      { text: 'groups use ', mark: false },
      { text: 'cgroup', mark: true },
      { text: ' v2 and ', mark: false },
      { text: 'cgroups', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it("turns Pagefind's escaped angle brackets back into text, never into markup", () => {
    assert.deepEqual(excerptParts('see /var/lib/lxc/&lt;name&gt;/config and &lt;img src=x onerror=alert(1)&gt;'), [
      { text: 'see /var/lib/lxc/<name>/config and <img src=x onerror=alert(1)>', mark: false },
    ]);
    assert.deepEqual(excerptParts('<mark>&lt;script&gt;</mark>'), [{ text: '<script>', mark: true }]);
  });

  it('returns nothing for an empty excerpt', () => {
    assert.deepEqual(excerptParts(''), []);
  });
});
