import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DISTRO_ATTRIBUTES, attributeList } from '../../src/schemas/attributes.ts';
import { buildMatrix } from '../../src/lib/matrix.ts';
import { cardAlt, cardText, clip, conceptCard, distroCard, pageCard, pairCard } from '../../src/lib/og-card.ts';
import { routes } from '../../src/lib/routes.ts';
import { concept, distro, fact, resolve } from './helpers.ts';

describe('preview cards', () => {
  it('shows an OS with its status in words and four key facts, formatted as on its page', () => {
    const card = distroCard(
      distro('flatcar', { status: fact('maintenance'), defaultRuntime: fact(['containerd', 'docker']) }),
      resolve,
    );
    assert.deepEqual(card, {
      kind: 'os',
      locale: 'en',
      title: 'flatcar Linux',
      status: { text: 'Maintenance only', tone: 'maintenance' },
      facts: [
        { label: 'Update model', value: 'A/B partition image' },
        { label: 'Default container runtime', value: 'containerd!, docker!' },
        { label: 'Maintainer', value: 'Example maintainers' },
        { label: 'First release', value: 'March 2018' },
      ],
    });
    assert.equal(
      cardAlt(card),
      'Container Atlas card for flatcar Linux: status Maintenance only, with its update model, default container runtime, maintainer and first release.',
    );
  });

  it('shows a concept with its layer in words and its definition', () => {
    const card = conceptCard(concept('cgroups', { layer: 'kernel' }));
    assert.equal(card.kind, 'concept');
    assert.deepEqual(
      { layer: card.kind === 'concept' && card.layer, definition: card.kind === 'concept' && card.definition },
      {
        layer: 'Linux kernel primitives',
        definition: 'cgroups is a concept made up for the unit tests of Container Atlas.',
      },
    );
    assert.match(cardAlt(card), /concept cgroups concept, in the Linux kernel primitives layer/);
  });

  it('shows a pair in URL order with the first attributes where the matrix shows different words', () => {
    const a = distro('alpha', { maintainer: fact('Alpha team'), rollback: fact('no') });
    const b = distro('beta', {}, { shortName: 'Aardvark' });
    // The matrix orders columns by name (Aardvark first); the card keeps the URL's order.
    const matrix = buildMatrix([a, b], attributeList(DISTRO_ATTRIBUTES), resolve, routes.distro);
    const card = pairCard(a, b, matrix);
    assert.deepEqual(card, {
      kind: 'pair',
      locale: 'en',
      a: 'alpha OS',
      b: 'Aardvark',
      differ: 2,
      total: matrix.rows.length,
      differences: [
        { label: 'Maintainer', a: 'Alpha team', b: 'Example maintainers' },
        { label: 'Rollback', a: 'No', b: 'Yes' },
      ],
    });
    assert.equal(
      cardAlt(card),
      `Container Atlas card comparing alpha OS and Aardvark: they differ on 2 of ${matrix.rows.length} attributes, including maintainer and rollback.`,
    );
    const same = pairCard(a, a, buildMatrix([a, a], attributeList(DISTRO_ATTRIBUTES), resolve, routes.distro));
    assert.match(cardAlt(same), /show the same values on all \d+ attributes/);
  });

  it('shows any other page by its title and description, cut at a word when long', () => {
    const card = pageCard('Timeline', 'Every container OS on one line. '.repeat(10));
    assert.equal(card.kind === 'page' && card.description.length <= 200, true);
    assert.match(card.kind === 'page' ? card.description : '', /line\.…$|line…$|one…$|Every…$|on…$|container…$|OS…$/);
    assert.equal(cardAlt(card), 'Container Atlas card with the page title “Timeline” and its description.');
    assert.equal(cardText(card).startsWith('Timeline '), true);
  });

  it('speaks Chinese on a Chinese page: labels, values and the alt text, every character in the text to draw', () => {
    const card = distroCard(distro('flatcar', { status: fact('maintenance') }), resolve, 'zh');
    assert.equal(card.kind === 'os' && card.status.text, '仅维护');
    assert.deepEqual(card.kind === 'os' && card.facts.map((f) => f.label), [
      '更新模型',
      '默认容器运行时',
      '维护方',
      '首次发布',
    ]);
    assert.match(
      cardAlt(card),
      /^Container Atlas 的 flatcar Linux 卡片：状态为仅维护，附更新模型、默认容器运行时、维护方、首次发布。$/,
    );
    assert.match(cardText(card), /^容器操作系统 /);
    const concepts = conceptCard(concept('cgroups', { layer: 'kernel' }), 'zh');
    assert.match(cardText(concepts), /^概念 Linux 内核原语层 /);
  });

  it('clips at a word boundary and leaves short text alone', () => {
    assert.equal(clip('short', 10), 'short');
    assert.equal(clip('Microsoft and the Flatcar community', 24), 'Microsoft and the…');
    assert.equal(clip('Supercalifragilistic', 10), 'Supercali…');
  });

  it('gives every page a stable image URL', () => {
    assert.equal(routes.ogImage('/'), '/og/index.png');
    assert.equal(routes.ogImage('/distros/flatcar/'), '/og/distros/flatcar.png');
    assert.equal(routes.ogImage('/compare/a-vs-b/'), '/og/compare/a-vs-b.png');
    assert.equal(routes.ogImage('/404.html'), '/og/404.png');
  });
});
