import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupByLayer } from '../../src/lib/concept-groups.ts';
import { distroCard, distroFacets } from '../../src/lib/distro-cards.ts';
import { buildGlossary } from '../../src/lib/glossary.ts';
import { letterOf, titleOrder } from '../../src/lib/title-order.ts';
import { concept, distro, fact, ref, resolve } from './helpers.ts';

describe('OS cards', () => {
  const flatcar = distro('flatcar', {
    defaultRuntime: fact([ref('concepts', 'containerd'), ref('concepts', 'docker-engine')]),
    platforms: fact(['aws', 'azure']),
  });
  const core = distro('core', {
    status: fact('discontinued'),
    defaultRuntime: fact('not-applicable', { note: 'No engine' }),
  });
  const cards = [flatcar, core].map((d) => distroCard(d, resolve));

  it('show status, maintainer, update model and runtimes in words', () => {
    const [f, c] = cards;
    assert.deepEqual(
      [f!.status.text, f!.updateModel.text, f!.runtimes.text],
      ['Active', 'A/B partition image', 'containerd!, docker-engine!'],
    );
    assert.equal(f!.maintainer.text, 'Example maintainers');
    assert.deepEqual(
      [c!.status.text, c!.status.tone, c!.runtimes.text],
      ['Discontinued', 'discontinued', 'Not applicable'],
    );
  });

  it('offer facet values by id, and none for placeholders', () => {
    assert.deepEqual(cards[0]!.facets, {
      status: ['active'],
      update: ['ab-partitions'],
      runtime: ['containerd', 'docker-engine'],
      platform: ['aws', 'azure'],
      cgroup: ['v2'],
    });
    assert.deepEqual(cards[1]!.facets['runtime'], []);
  });

  it('build facets labelled like the matrix, with counts', () => {
    const facets = distroFacets(cards, resolve);
    const platform = facets.find((f) => f.key === 'platform')!;
    assert.deepEqual(
      platform.options.map((o) => [o.label, o.count]),
      [
        ['AWS', 2],
        ['Azure', 1],
        ['KVM / QEMU', 1],
      ],
    );
    assert.deepEqual(
      facets.find((f) => f.key === 'runtime')!.options.map((o) => o.label),
      ['containerd!', 'docker-engine!'],
    );
  });
});

describe('concept listings', () => {
  const concepts = [
    concept('seccomp', { layer: 'kernel', title: 'seccomp' }),
    concept('cgroups', { layer: 'kernel', title: 'Control groups (cgroups)' }),
    concept('cri', { layer: 'standard', title: 'Container Runtime Interface' }),
    concept('9p', { layer: 'os', title: '9p file sharing' }),
  ];

  it('group concepts by layer in stack order, skipping empty layers', () => {
    const groups = groupByLayer(concepts);
    assert.deepEqual(
      groups.map((g) => [g.layer, g.concepts.map((c) => c.id)]),
      [
        ['standard', ['cri']],
        ['kernel', ['cgroups', 'seccomp']],
        ['os', ['9p']],
      ],
    );
    assert.equal(groups[0]!.label, 'Interfaces and specifications');
  });

  it('put glossary terms under their first letter, case-insensitively, digits under #', () => {
    const letters = buildGlossary(concepts);
    assert.deepEqual(
      letters.map((l) => [l.letter, l.entries.map((e) => e.id)]),
      [
        ['#', ['9p']],
        ['C', ['cri', 'cgroups']],
        ['S', ['seccomp']],
      ],
    );
    assert.match(letters[1]!.entries[0]!.definition, /made up for the unit tests/);
  });
});

describe('the Chinese glossary', () => {
  it('files Chinese terms under the Latin letter their pinyin starts with, beside Latin ones', () => {
    const terms = ['控制组 (cgroups)', '命名空间 (namespace)', '容器运行时', '镜像签名', 'runc', '安全启动', 'eBPF'];
    assert.deepEqual(
      terms.map((t) => letterOf(t)),
      ['K', 'M', 'R', 'J', 'R', 'A', 'E'],
    );
  });

  it('orders the letters, and terms within a letter by sound', () => {
    const list = ['容器运行时', 'runc', '控制组 (cgroups)', '安全启动'].map((title, i) => concept(`c${i}`, { title }));
    assert.deepEqual(
      buildGlossary(list, 'zh').map((l) => [l.letter, l.entries.map((e) => e.term)]),
      [
        ['A', ['安全启动']],
        ['K', ['控制组 (cgroups)']],
        ['R', ['容器运行时', 'runc']],
      ],
    );
  });

  it('lists concept titles in a Chinese layer group the same way: by initial, Latin and Chinese together', () => {
    const list = ['runc', '控制组 (cgroups)', 'AppArmor', '容器运行时', '安全启动', 'crun'].map((title, i) =>
      concept(`c${i}`, { title, layer: 'kernel' }),
    );
    const [kernel] = groupByLayer(list, undefined, 'zh');
    assert.deepEqual(
      kernel!.concepts.map((c) => c.data.title),
      ['安全启动', 'AppArmor', 'crun', '控制组 (cgroups)', '容器运行时', 'runc'],
    );
    assert.deepEqual(['b', 'A', '#x'].sort(titleOrder('en')), ['#x', 'A', 'b']);
  });
});
