import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeParams, localizePath, splitLocale, twinPath } from '../../src/i18n/locales.ts';
import { localizeAttributes } from '../../src/i18n/attributes.ts';
import { formatPartialDate } from '../../src/lib/format.ts';
import { presentValue } from '../../src/lib/present.ts';
import { DISTRO_ATTRIBUTES, attributeList } from '../../src/schemas/attributes.ts';

const noLinks = () => ({ text: '', href: '' });

describe('languages', () => {
  it('tells the language of a path and maps a page to its twin', () => {
    assert.deepEqual(splitLocale('/zh/distros/flatcar/'), { locale: 'zh', path: '/distros/flatcar/' });
    assert.deepEqual(splitLocale('/zh/'), { locale: 'zh', path: '/' });
    assert.deepEqual(splitLocale('/zhong/'), { locale: 'en', path: '/zhong/' });
    assert.equal(twinPath('/concepts/cgroups/', 'zh'), '/zh/concepts/cgroups/');
    assert.equal(twinPath('/zh/concepts/cgroups/', 'en'), '/concepts/cgroups/');
    assert.equal(localizePath('https://example.org/', 'zh'), 'https://example.org/');
    assert.deepEqual(
      localeParams().map((p) => p.params.locale),
      [undefined, 'zh'],
    );
  });

  it('writes dates the Chinese way', () => {
    assert.equal(formatPartialDate('2026-11', 'zh'), '2026年11月');
    assert.equal(formatPartialDate('2025-12-17', 'zh'), '2025年12月17日');
    assert.equal(formatPartialDate('2013', 'zh'), '2013');
    assert.equal(formatPartialDate('2025-12-17'), '17 December 2025');
  });

  it('words values and attributes in Chinese, keeping keys and kinds', () => {
    assert.equal(presentValue('support', 'partial', noLinks, 'zh').text, '部分');
    assert.equal(presentValue('support', 'partial', noLinks, 'zh').icon, '◐');
    assert.equal(presentValue('end-of-life', 'none', noLinks, 'zh').text, '未公布');
    assert.equal(presentValue('platforms', ['aws', 'bare-metal'], noLinks, 'zh').text, 'AWS、裸金属');
    assert.equal(presentValue('status', 'unknown', noLinks, 'zh').text, '未知');
    const [first] = localizeAttributes(attributeList(DISTRO_ATTRIBUTES), 'zh');
    assert.deepEqual(
      [first!.id, first!.kind, first!.label, first!.group],
      ['maintainer', 'text', '维护方', '生命周期'],
    );
  });
});
