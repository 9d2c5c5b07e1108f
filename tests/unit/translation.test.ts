import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bareName,
  sourceHash,
  translateFacts,
  translatedShortName,
  translationProblems,
  translationState,
} from '../../src/lib/translation.ts';
import { distroTranslationSchema } from '../../src/schemas/translation.ts';
import { DISTRO_ATTRIBUTES } from '../../src/schemas/attributes.ts';
import { distro, fact } from './helpers.ts';
import { orphanTranslations, readTranslationReports } from '../../src/data/read-translations.ts';

// Only these two facts have notes: the helper's other defaults lose theirs.
const english = (() => {
  const data = distro('flatcar', {
    maintainer: fact('Flatcar maintainers', { note: 'Mostly Microsoft engineers.' }),
    status: fact('active', { note: 'As of August 2026.' }),
  }).data;
  for (const [key, f] of Object.entries(data.facts)) if (key !== 'maintainer' && key !== 'status') delete f.note;
  return data;
})();

const words = (raw: Record<string, unknown>) =>
  distroTranslationSchema.parse({
    translationOf: '0123456789ab',
    summary: '一个面向容器主机的精简 Linux 发行版。',
    ...raw,
  });

describe('translations', () => {
  it('accepts notes for every noted fact and text values only on free-text attributes', () => {
    const zh = words({
      facts: { maintainer: { value: 'Flatcar 维护者', note: '多为微软工程师。' }, status: { note: '截至2026年8月。' } },
    });
    assert.deepEqual(translationProblems(english, zh, DISTRO_ATTRIBUTES), []);
  });

  it('names the field of each problem: unknown fact, value of a keyword attribute, missing note', () => {
    const zh = words({
      facts: { maintainr: { note: '拼写错误' }, status: { value: '活跃', note: '截至2026年8月。' } },
    });
    assert.deepEqual(
      translationProblems(english, zh, DISTRO_ATTRIBUTES).map((p) => p.path),
      ['facts.maintainr', 'facts.status.value', 'facts.maintainer.note'],
    );
    assert.match(translationProblems(english, zh, DISTRO_ATTRIBUTES)[0]!.message, /has no fact "maintainr"/);
  });

  it('rejects a note where the English fact has none', () => {
    const zh = words({
      facts: {
        maintainer: { note: '多为微软工程师。' },
        status: { note: '截至2026年8月。' },
        endOfLife: { note: '不适用。' },
      },
    });
    assert.deepEqual(
      translationProblems(english, zh, DISTRO_ATTRIBUTES).map((p) => p.path),
      ['facts.endOfLife.note'],
    );
  });

  it('keeps every fact and source of the English file, with the translated words in place', () => {
    const merged = translateFacts(english.facts, { maintainer: { value: 'Flatcar 维护者', note: '多为微软工程师。' } });
    assert.equal(merged.maintainer.value, 'Flatcar 维护者');
    assert.equal(merged.maintainer.note, '多为微软工程师。');
    assert.deepEqual(merged.maintainer.sources, english.facts.maintainer.sources);
    assert.equal(merged.status.value, 'active');
    assert.equal(merged.status.note, 'As of August 2026.');
    assert.equal(Object.keys(merged).length, Object.keys(english.facts).length);
  });

  it('calls a translation outdated once its English file changes, and missing without one', () => {
    const text = '---\ntitle: Flatcar\n---\nBody.\n';
    assert.equal(sourceHash(text).length, 12);
    assert.equal(translationState(text, sourceHash(text)), 'current');
    assert.equal(translationState(`${text}More.\n`, sourceHash(text)), 'outdated');
    assert.equal(translationState(text, undefined), 'missing');
  });

  it('explains a malformed source hash', () => {
    const result = distroTranslationSchema.safeParse({
      translationOf: 'abc',
      summary: '一个面向容器主机的精简 Linux 发行版。',
    });
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /12 hex digits/);
  });
});

describe('the Chinese translations in content/zh/', () => {
  const reports = readTranslationReports('zh');

  it('each fit their English page: no unknown fact, no value on a keyword, no missing note', () => {
    assert.deepEqual(
      reports.flatMap((r) => r.problems),
      [],
    );
    assert.deepEqual(orphanTranslations('zh'), []);
  });
});

describe('translated names', () => {
  it('keeps the English short name where the translated title keeps it, else drops the gloss', () => {
    assert.equal(translatedShortName('Podman、Buildah 与 Skopeo', 'Podman'), 'Podman');
    assert.equal(translatedShortName('控制组 (cgroups)', 'cgroups'), '控制组');
    assert.equal(translatedShortName('命名空间 (namespace)', 'Namespaces'), '命名空间');
    assert.equal(bareName('容器运行时 (container runtime)'), '容器运行时');
  });
});
