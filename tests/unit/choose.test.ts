/**
 * The chooser over the real content: each question narrows the OSes the way
 * their sourced facts say, and every verdict cites a fact that exists.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDistros } from '../../src/data/read-content.ts';
import { chooseSpec, choiceCard, judge, narrow, type Answers } from '../../src/lib/choose.ts';
import { QUESTIONS } from '../../src/lib/choose-questions.ts';
import { chooserCss, inputId } from '../../src/lib/choose-css.ts';
import { kebab } from '../../src/lib/format.ts';
import { parseState, serializeState } from '../../src/lib/url-state.ts';
import { DISTRO_ATTRIBUTES } from '../../src/schemas/attributes.ts';
import { distro, fact } from './helpers.ts';

const distros = readDistros();
const none: Answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.multiple ? [] : '']));
const answers = (picked: Partial<Answers>) => ({ ...none, ...picked }) as Answers;
const ids = (outcomes: { distro: { id: string } }[]) => outcomes.map((o) => o.distro.id).sort();
/** The OSes still in play (fitting or not ruled out) after some answers. */
const kept = (picked: Partial<Answers>) => {
  const { fits, unconfirmed } = narrow(distros, answers(picked));
  return ids([...fits, ...unconfirmed]);
};
const ruledOut = (picked: Partial<Answers>) => ids(narrow(distros, answers(picked)).excluded);

/** Keeps every OS in `yes`, rules out every OS in `no`. */
function narrows(picked: Partial<Answers>, yes: string[], no: string[]) {
  const stay = kept(picked);
  const gone = ruledOut(picked);
  for (const id of yes) assert.ok(stay.includes(id), `${JSON.stringify(picked)} should keep ${id}`);
  for (const id of no) assert.ok(gone.includes(id), `${JSON.stringify(picked)} should rule out ${id}`);
}

describe('chooser over the real content', () => {
  it('keeps every OS when nothing is answered', () => {
    const { fits, unconfirmed, excluded } = narrow(distros, none);
    assert.equal(fits.length, distros.length);
    assert.equal(unconfirmed.length + excluded.length, 0);
  });

  it('narrows by where it runs, needing every place ticked', () => {
    narrows({ on: ['aws'] }, ['bottlerocket', 'flatcar', 'amazon-linux-2023'], []);
    narrows({ on: ['arm'] }, ['flatcar', 'talos', 'fedora-coreos'], ['windows-nano-server']);
    narrows({ on: ['edge-devices'] }, ['balenaos', 'eve-os'], ['rhcos']);
    const both = kept({ on: ['aws', 'azure'] });
    for (const id of both) assert.ok(kept({ on: ['aws'] }).includes(id) && kept({ on: ['azure'] }).includes(id));
  });

  it('narrows by workloads: general containers rule out Kubernetes-only OSes', () => {
    narrows({ workloads: 'containers' }, ['flatcar', 'fedora-coreos', 'balenaos'], ['talos', 'rhcos', 'k3os']);
    narrows({ workloads: 'kubernetes' }, ['talos', 'flatcar', 'rhcos'], []);
  });

  it('narrows by how nodes are administered', () => {
    narrows({ shell: 'api-only' }, ['talos'], ['flatcar', 'bottlerocket', 'fedora-coreos']);
    narrows({ shell: 'ssh' }, ['flatcar', 'fedora-coreos', 'rhcos'], ['talos', 'bottlerocket']);
    narrows({ shell: 'any-shell' }, ['flatcar', 'bottlerocket'], ['talos']);
  });

  it('narrows by the access control enforced by default', () => {
    narrows({ mac: 'selinux' }, ['bottlerocket', 'fedora-coreos', 'rhcos'], ['flatcar', 'ubuntu-core']);
    narrows({ mac: 'apparmor' }, ['ubuntu-core'], ['fedora-coreos', 'flatcar']);
    const either = kept({ mac: 'any' });
    for (const id of [...kept({ mac: 'selinux' }), ...kept({ mac: 'apparmor' })]) assert.ok(either.includes(id));
  });

  it('narrows by update model', () => {
    narrows({ update: 'image' }, ['flatcar', 'fedora-coreos', 'bottlerocket', 'talos'], ['opensuse-microos']);
    narrows({ update: 'transactional' }, ['opensuse-microos', 'ubuntu-core'], ['flatcar']);
  });

  it('narrows by commercial support', () => {
    narrows({ support: 'maintainer' }, ['rhcos', 'suse-linux-micro', 'ubuntu-core'], ['fedora-coreos']);
    const any = kept({ support: 'any' });
    for (const id of kept({ support: 'maintainer' })) assert.ok(any.includes(id));
  });

  it('narrows to actively maintained OSes', () => {
    narrows({ active: 'yes' }, ['flatcar', 'talos'], ['coreos-container-linux', 'rancheros', 'k3os', 'atomic-host']);
  });

  it('only ever narrows: adding an answer never brings an OS back', () => {
    const before = kept({ on: ['aws'] });
    const after = kept({ on: ['aws'], shell: 'ssh', active: 'yes' });
    assert.ok(after.every((id) => before.includes(id)));
    assert.ok(after.length < before.length);
  });

  it('sorts every OS into exactly one of fits, not confirmed and ruled out', () => {
    const { fits, unconfirmed, excluded } = narrow(distros, answers({ on: ['gcp'], mac: 'any', support: 'any' }));
    const all = [...ids(fits), ...ids(unconfirmed), ...ids(excluded)];
    assert.deepEqual(all.sort(), ids(distros.map((d) => ({ distro: d }))));
  });

  it('gives every verdict a reason citing a fact the OS page shows, with sources', () => {
    const attributes = new Set(Object.keys(DISTRO_ATTRIBUTES).map((a) => `fact-${kebab(a)}`));
    for (const d of distros) {
      const card = choiceCard(d);
      for (const reason of [...card.kept, ...card.ruledOut]) {
        const [path, anchor] = reason.href.split('#');
        assert.equal(path, `/distros/${d.id}/`);
        assert.ok(attributes.has(anchor!), `${d.id}: ${reason.href} names no fact row`);
        const attribute = Object.keys(DISTRO_ATTRIBUTES).find((a) => `fact-${kebab(a)}` === anchor)!;
        const cited = d.data.facts[attribute as keyof typeof DISTRO_ATTRIBUTES];
        assert.ok(cited.sources.length > 0, `${d.id}: ${attribute} has no sources`);
        assert.ok(reason.value.trim(), `${d.id}: ${reason.key} shows no value`);
      }
    }
  });

  it('names the answer that rules an OS out, and the value behind it', () => {
    const talos = narrow(distros, answers({ shell: 'ssh' })).excluded.find((o) => o.distro.id === 'talos')!;
    assert.equal(talos.reasons.length, 1);
    assert.equal(talos.reasons[0]!.attribute, DISTRO_ATTRIBUTES.hostAccess.label);
    assert.equal(talos.reasons[0]!.value, 'API only, no shell');
  });
});

describe('chooser logic', () => {
  const listed = distro('listed', { platforms: fact(['aws', 'gcp']) });
  const unknown = distro('unsure', { hostAccess: fact('unknown', { note: 'Not documented' }) });
  const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;
  const answer = (id: string, value: string) => question(id).answers.find((a) => a.value === value)!;

  it('judges a list fact by the one item the answer needs', () => {
    const fits = judge(listed, question('on'), answer('on', 'gcp'));
    assert.deepEqual([fits.verdict, fits.value], ['fits', 'Google Cloud']);
    const misses = judge(listed, question('on'), answer('on', 'azure'));
    assert.deepEqual([misses.verdict, misses.value], ['misses', 'Azure not listed']);
  });

  it('keeps an OS whose needed fact is unknown apart, as not confirmed', () => {
    const result = narrow([unknown], answers({ shell: 'ssh' }));
    assert.equal(result.unconfirmed.length, 1);
    assert.equal(result.unconfirmed[0]!.reasons[0]!.verdict, 'unknown');
    assert.equal(result.unconfirmed[0]!.reasons[0]!.placeholder, true);
  });

  it('reads the query a plain GET form sends, and writes it back canonically', () => {
    const { state, errors } = parseState('?on=gcp&on=aws&shell=ssh&workloads=&active=yes', chooseSpec);
    assert.deepEqual(errors, []);
    assert.deepEqual(state['on'], ['aws', 'gcp']);
    assert.equal(serializeState(state, chooseSpec), '?on=aws,gcp&shell=ssh&active=yes');
  });

  it('names a bad answer and the valid ones', () => {
    const { state, errors } = parseState('?shell=telnet&on=mars', chooseSpec);
    assert.equal(state['shell'], '');
    assert.match(errors.join(' '), /telnet.*ssh, any-shell, api-only/);
    assert.match(errors.join(' '), /mars/);
  });

  it('has a style rule for every answer, keyed to its control', () => {
    const css = chooserCss();
    for (const q of QUESTIONS)
      for (const a of q.answers) {
        const key = `${q.id}-${a.value}`;
        assert.ok(css.includes(`#${inputId(key)}:checked`), key);
        assert.ok(css.includes(`[data-miss~="${key}"]`), key);
      }
  });
});
