import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bestSection, type SubResult } from '../../src/lib/search-sections.ts';

const flatcar = { url: '/distros/flatcar/', title: 'Flatcar Container Linux' };
const part = (id: string | undefined, title: string, ...scores: number[]): SubResult => ({
  title,
  url: id ? `${flatcar.url}#${id}` : flatcar.url,
  ...(id ? { anchor: { id } } : {}),
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});
const top = (...scores: number[]) => part(undefined, flatcar.title, ...scores);

describe('which part of a page a search result links to', () => {
  it('the page itself when its title has every query word', () => {
    const subs = [top(25000), part('containers-and-kubernetes', 'Containers and Kubernetes', 90000)];
    assert.deepEqual(bestSection('flatcar', flatcar, subs), { url: '/distros/flatcar/' });
    assert.deepEqual(bestSection('Flatcar container', flatcar, subs), { url: '/distros/flatcar/' });
    assert.deepEqual(bestSection('flatc', flatcar, subs), { url: '/distros/flatcar/' });
  });

  it('a section whose heading has the query words the title lacks, even against a stronger top', () => {
    const subs = [top(25000, 12800), part('overview', 'Overview', 512), part('lifecycle', 'Lifecycle', 18000)];
    assert.deepEqual(bestSection('flatcar lifecycle', flatcar, subs), {
      url: '/distros/flatcar/#lifecycle',
      section: 'Lifecycle',
    });
    assert.deepEqual(bestSection('kubernetes', flatcar, [top(500), part('k', 'Containers and Kubernetes', 100)]), {
      url: '/distros/flatcar/#k',
      section: 'Containers and Kubernetes',
    });
  });

  it('counts an inflected heading word as a match', () => {
    const subs = [top(25000), part('updates-and-rollback', 'Updates and rollback', 100)];
    assert.equal(bestSection('flatcar update', flatcar, subs).section, 'Updates and rollback');
  });

  it('the best-scoring section among several that name the word', () => {
    const subs = [top(500), part('history', 'History', 100), part('history-and-lineage', 'History and lineage', 900)];
    assert.equal(bestSection('history', flatcar, subs).section, 'History and lineage');
  });

  it('else the part of the page where the words score highest, the top winning ties', () => {
    const prose = [part('overview', 'Overview', 512), part('architecture', 'Architecture', 512, 512)];
    assert.deepEqual(bestSection('journald', flatcar, prose), {
      url: '/distros/flatcar/#architecture',
      section: 'Architecture',
    });
    assert.deepEqual(bestSection('seccomp', flatcar, [top(512), part('a', 'Architecture', 512)]), {
      url: '/distros/flatcar/',
    });
  });

  it('the page when Pagefind gives no parts, or the query has no words', () => {
    assert.deepEqual(bestSection('journald', flatcar, []), { url: '/distros/flatcar/' });
    assert.deepEqual(bestSection('  ', flatcar, [part('a', 'Architecture', 1)]), { url: '/distros/flatcar/' });
  });
});
