import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DISTRO_ATTRIBUTES as TABLE, attributeList } from '../../src/schemas/attributes.ts';

const DISTRO_ATTRIBUTES = attributeList(TABLE);
import { buildFactsPanel, buildMatrix } from '../../src/lib/matrix.ts';
import { distro, fact, ref, resolve } from './helpers.ts';

const href = (id: string) => `/distros/${id}/`;

describe('buildMatrix', () => {
  const matrix = buildMatrix(
    [
      distro('talos'),
      distro('amazon', {}, { baseline: true, shortName: 'Amazon' }),
      distro('flatcar', { status: fact('discontinued') }),
    ],
    DISTRO_ATTRIBUTES,
    resolve,
    href,
  );

  it('has one row per attribute, in definition order, with kebab-case ids for linking', () => {
    assert.deepEqual(
      matrix.rows.map((r) => r.attribute.id),
      DISTRO_ATTRIBUTES.map((a) => a.id),
    );
    assert.equal(matrix.rows.find((r) => r.attribute.id === 'updateModel')!.id, 'update-model');
  });

  it('has one column per OS, by name, with the baseline last', () => {
    assert.deepEqual(
      matrix.columns.map((c) => c.id),
      ['flatcar', 'talos', 'amazon'],
    );
    assert.equal(matrix.columns[0]!.href, '/distros/flatcar/');
  });

  it('puts each OS value under its own column', () => {
    const status = matrix.rows.find((r) => r.id === 'status')!;
    assert.deepEqual(
      status.cells.map((c) => c.text),
      ['Discontinued', 'Active', 'Active'],
    );
    assert.deepEqual(
      status.cells.map((c) => c.tone),
      ['discontinued', 'active', 'active'],
    );
  });

  it('reports the newest checked date as last verified', () => {
    assert.equal(matrix.lastVerified, '2026-11-20');
  });
});

describe('buildFactsPanel', () => {
  it('numbers sources in order of first citation and links every row to them', () => {
    const d = distro('x', { maintainer: fact('Acme', { sources: ['notes'] }) });
    const panel = buildFactsPanel(d, DISTRO_ATTRIBUTES, resolve);
    assert.deepEqual(
      panel.sources.map((s) => [s.key, s.number]),
      [
        ['notes', 1],
        ['docs', 2],
      ],
    );
    assert.equal(panel.rows[0]!.cell.sources[0]!.number, 1);
    assert.ok(panel.rows.every((r) => r.cell.sources.length > 0));
  });

  it('shows words, not codes: support levels, placeholders, dates and vocabularies', () => {
    const panel = buildFactsPanel(distro('x'), DISTRO_ATTRIBUTES, resolve);
    const text = (id: string) => panel.rows.find((r) => r.attribute.id === id)!.cell;
    assert.equal(text('rollback').text, 'Yes');
    assert.equal(text('secureBoot').text, 'Unknown');
    assert.equal(text('secureBoot').note, 'Not documented');
    assert.equal(text('firstRelease').text, 'March 2018');
    assert.equal(text('endOfLife').text, 'None announced');
    assert.equal(text('updateModel').text, 'A/B partition image');
    assert.equal(text('architectures').text, 'x86-64, Arm64');
    assert.equal(text('successors').text, 'None');
  });

  it('turns references into links through the resolver', () => {
    const panel = buildFactsPanel(
      distro('x', { successors: fact([ref('distros', 'flatcar')]) }),
      DISTRO_ATTRIBUTES,
      resolve,
    );
    const cell = panel.rows.find((r) => r.attribute.id === 'successors')!.cell;
    assert.deepEqual(cell.links, [{ text: 'flatcar!', href: '/distros/flatcar/' }]);
  });

  it('sorts dates by ISO value and puts "none announced" after every date', () => {
    const panel = buildFactsPanel(distro('x'), DISTRO_ATTRIBUTES, resolve);
    assert.equal(panel.rows.find((r) => r.attribute.id === 'firstRelease')!.cell.sortKey, '2018-03');
    assert.equal(panel.rows.find((r) => r.attribute.id === 'endOfLife')!.cell.sortKey, '9999');
  });

  it('names the file and field when a table asks for a fact the entry lacks', () => {
    const extra = {
      id: 'kernelLine',
      label: 'Kernel',
      description: 'Kernel line.',
      group: 'Design',
      kind: 'text',
    } as const;
    assert.throws(
      () => buildFactsPanel(distro('x'), [...DISTRO_ATTRIBUTES, extra], resolve),
      /content\/distros\/x\.mdx: facts\.kernelLine is missing/,
    );
  });
});
