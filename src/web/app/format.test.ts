import { describe, expect, it } from 'vitest';
import { asciiNumberText, formatGap, formatTargetValue, readTypedValue, sentenceText } from './format';

describe('a sentence of the report shown on one line', () => {
  it.each([
    ['研发经费投入增长\n\n24%', '研发经费投入增长24%'],
    ['一\n般公共预算收入增长8.5%', '一般公共预算收入增长8.5%'],
    ['居民 收入与经济增长基本同步', '居民收入与经济增长基本同步'],
    ['全力抓好区委、\n区政府确定的28项重点工作', '全力抓好区委、区政府确定的28项重点工作'],
    ['PM2.5 and O3 下降', 'PM2.5 and O3下降'],
    ['  新增外资企业2家以上 ', '新增外资企业2家以上'],
  ])('%j → %s', (text, shown) => {
    expect(sentenceText(text)).toBe(shown);
  });

  it('is how a target without a number shows its wording', () => {
    expect(
      formatTargetValue(
        { value: null, unit: '', comparator: '=', span: '居民 收入与经济增长基本同步' },
        'zh',
      ),
    ).toBe('居民收入与经济增长基本同步');
  });
});

describe('full-width digits typed into a form field', () => {
  it.each([
    ['６．１', '6.1'],
    ['－３．５', '-3.5'],
    ['１，２３４', '1,234'],
    ['６．１％', '6.1%'],
    ['１２万', '12万'],
    [undefined, ''],
  ])('%j reads as %j', (text, read) => {
    expect(asciiNumberText(text)).toBe(read);
  });
});

describe('a value typed with its unit', () => {
  it.each([
    ['12万', { value: 12, unit: '万' }],
    ['3.5亿', { value: 3.5, unit: '亿' }],
    ['1,234', { value: 1234, unit: '' }],
    ['１２万', { value: 12, unit: '万' }],
    ['3000 万元', { value: 3000, unit: '万元' }],
    ['－３．５％', { value: -3.5, unit: '%' }],
    [' 42 ', { value: 42, unit: '' }],
  ])('%j reads as %j', (text, read) => {
    expect(readTypedValue(text)).toEqual(read);
  });

  it.each(['', '十二万', '万', undefined])('%j is no value', (text) => {
    expect(readTypedValue(text)).toBeNull();
  });
});

describe('a gap with what it is counted in', () => {
  it.each([
    [-3.33, '个百分点', 'zh', '−3.33个百分点'],
    [-3.33, '个百分点', 'en', '−3.33 pts'],
    [2, '位', 'en', '+2 places'],
    [1.5, '亿元', 'zh', '+1.5亿元'],
    [null, '个百分点', 'zh', '—'],
    [4, undefined, 'zh', '+4'],
  ] as const)('%s %s (%s) → %s', (gap, unit, locale, shown) => {
    expect(formatGap(gap, unit, locale)).toBe(shown);
  });
});
