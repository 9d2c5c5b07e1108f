import { describe, it } from 'node:test';
import { routes } from '../../src/lib/routes.ts';
import assert from 'node:assert/strict';
import {
  allowedTypos,
  compact,
  indexNames,
  interpretQuery,
  nameTable,
  type Named,
} from '../../src/lib/search-names.ts';

const named = (id: string, title: string, shortName: string, aliases: string[] = []): Named => ({
  id,
  title,
  shortName,
  aliases,
});

const table = nameTable({
  OS: [
    named('flatcar', 'Flatcar Container Linux', 'Flatcar', ['Flatcar Linux', 'Flatcar']),
    named('talos', 'Talos Linux', 'Talos', ['Talos', 'Talos OS']),
    named('bottlerocket', 'Bottlerocket', 'Bottlerocket', ['Bottlerocket OS']),
    named('k3os', 'k3OS', 'k3OS', ['k3os']),
    named('ubuntu-core', 'Ubuntu Core', 'Ubuntu Core', ['Snappy Ubuntu Core', 'Snappy']),
  ],
  Concept: [
    named('cgroups', 'Control groups (cgroups)', 'cgroups', ['cgroup', 'cgroup v2', 'cgroup2']),
    named('namespaces', 'Linux namespaces', 'Namespaces', ['namespace', 'UTS namespace']),
    named('pid-namespace', 'PID namespace', 'PID namespace', ['pidns']),
    named('containerd', 'containerd', 'containerd', ['ctr', 'nerdctl', '/etc/containerd/config.toml']),
    named('cri-o', 'CRI-O', 'CRI-O', ['crio', 'conmon']),
    named('kubernetes', 'Kubernetes', 'Kubernetes', ['k8s', 'kubelet']),
    named('ostree', 'OSTree and rpm-ostree', 'OSTree', ['libostree', 'rpm-ostree']),
    named('systemd-sysext', 'systemd system extensions (sysext)', 'sysext', ['systemd-sysext', 'sysext']),
    named('snaps', 'Snaps and snapd', 'Snaps', ['snap', 'Snappy']),
    named('dm-verity', 'dm-verity', 'dm-verity', ['veritysetup']),
    named('fs-verity', 'fs-verity', 'fs-verity', ['fsverity']),
  ],
});
const index = indexNames(table, routes);
const urls = (pages: { url: string }[]) => pages.map((p) => p.url);

describe('the names table', () => {
  it('keeps each name once per page, the short name only when it differs from the title', () => {
    assert.deepEqual(table.OS[0], ['flatcar', 'Flatcar Container Linux', 'Flatcar', 'Flatcar Linux']);
    assert.deepEqual(table.Concept[3], [
      'containerd',
      'containerd',
      '',
      'ctr',
      'nerdctl',
      '/etc/containerd/config.toml',
    ]);
  });
});

describe('compact', () => {
  it('ignores case, spacing, punctuation and accents', () => {
    assert.equal(compact('systemd-sysext'), 'systemdsysext');
    assert.equal(compact(' Systemd sysext '), 'systemdsysext');
    assert.equal(compact('config.toml'), 'configtoml');
    assert.equal(compact('Crío'), 'crio');
  });
});

describe('reading a query against the names', () => {
  it('pins the page a name belongs to, however it is hyphenated, dotted or spaced', () => {
    for (const q of ['systemd-sysext', 'systemd sysext', 'systemdsysext', 'SYSTEMD-SYSEXT'])
      assert.deepEqual(interpretQuery(q, index), {
        search: q,
        corrected: false,
        pinned: [index.names.get('sysext')!.pages[0]],
      });
    for (const q of ['cri-o', 'crio', 'CRI O'])
      assert.deepEqual(urls(interpretQuery(q, index).pinned), ['/concepts/cri-o/']);
    for (const q of ['rpm-ostree', 'rpmostree', 'rpm ostree'])
      assert.deepEqual(urls(interpretQuery(q, index).pinned), ['/concepts/ostree/']);
  });

  it('knows a path by its file name', () => {
    for (const q of ['config.toml', 'config toml', 'configtoml', '/etc/containerd/config.toml'])
      assert.deepEqual(urls(interpretQuery(q, index).pinned), ['/concepts/containerd/']);
  });

  it('puts the page a name is the own name of before pages that list it as an alias', () => {
    assert.deepEqual(urls(interpretQuery('snappy', index).pinned), ['/distros/ubuntu-core/', '/concepts/snaps/']);
    assert.deepEqual(urls(interpretQuery('snaps', index).pinned), ['/concepts/snaps/']);
  });

  it('corrects a name one or two letters off, keeping the reader’s lower case', () => {
    const fixes: [string, string, string][] = [
      ['flatcr', 'flatcar', '/distros/flatcar/'],
      ['Flatcr', 'Flatcar', '/distros/flatcar/'],
      ['botlerocket', 'bottlerocket', '/distros/bottlerocket/'],
      ['talso', 'talos', '/distros/talos/'],
      ['contianerd', 'containerd', '/concepts/containerd/'],
      ['cgroupz', 'cgroups', '/concepts/cgroups/'],
      ['namespce', 'namespace', '/concepts/namespaces/'],
      ['kubernets', 'kubernetes', '/concepts/kubernetes/'],
      ['kubrnets', 'kubernetes', '/concepts/kubernetes/'],
      ['systemd-sysxt', 'systemd-sysext', '/concepts/systemd-sysext/'],
    ];
    for (const [typed, search, url] of fixes) {
      const got = interpretQuery(typed, index);
      assert.deepEqual([got.search, got.corrected, urls(got.pinned)], [search, true, [url]], typed);
    }
  });

  it('corrects the misspelt words of a longer query and leaves the others alone', () => {
    assert.deepEqual(interpretQuery('flatcr linux updates', index), {
      search: 'flatcar linux updates',
      corrected: true,
      pinned: [],
    });
    assert.deepEqual(urls(interpretQuery('talso linux', index).pinned), ['/distros/talos/']);
    // A word shared by several pages is still one word: no page is pinned for it.
    assert.deepEqual(interpretQuery('verityy', index), { search: 'verity', corrected: true, pinned: [] });
  });

  it('leaves known words, words being typed and inflections alone', () => {
    for (const q of ['container', 'kuber', 'flatc', 'namespaces', 'linux', 'snaps', 'cgroups v2', 'images', 'ctrs'])
      assert.equal(interpretQuery(q, index).corrected, false, q);
  });

  it('does not guess between pages equally near, nor in words with digits or of three letters', () => {
    // "snapy" is one letter from "snap" (Snaps) and from "Snappy" (Snaps and Ubuntu Core).
    for (const q of ['snapy', 'k3s', 'k9s', 'cgroup v3', 'ctx', 'xyzzyplugh'])
      assert.deepEqual(interpretQuery(q, index), { search: q, corrected: false, pinned: [] }, q);
  });

  it('limits pins and corrections to the kind of page asked for', () => {
    assert.deepEqual(interpretQuery('talso', index, 'Concept'), { search: 'talso', corrected: false, pinned: [] });
    assert.deepEqual(urls(interpretQuery('snappy', index, 'Concept').pinned), ['/concepts/snaps/']);
    assert.deepEqual(urls(interpretQuery('flatcr', index, 'OS').pinned), ['/distros/flatcar/']);
  });

  it('allows no typo in short words, one up to five letters, two from six', () => {
    assert.deepEqual(['crn', 'crun', 'talos', 'flatcr'].map(allowedTypos), [0, 1, 1, 2]);
  });

  it('reads a damaged table as having fewer names, not as an error', () => {
    const partial = indexNames({ OS: [[], ['x']], Concept: undefined } as never, routes);
    assert.deepEqual(interpretQuery('flatcar', partial), { search: 'flatcar', corrected: false, pinned: [] });
  });
});
