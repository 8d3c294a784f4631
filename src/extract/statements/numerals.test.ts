import { describe, expect, it } from 'vitest';
import {
  arabicEnd,
  arabicValue,
  chineseRunEnd,
  isBigMagnitude,
  isMagnitudeCode,
  magnitudeOf,
  parseChineseNumeral,
  parseNumber,
  splitChineseRun,
} from './numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['两千三百万', 23_000_000],
    ['一万零五', 10_005],
    ['十二', 12],
    ['十', 10],
    ['二十', 20],
    ['一百零八', 108],
    ['三十万', 300_000],
    ['八', 8],
    ['两', 2],
    ['九十九', 99],
    ['一千零一', 1001],
    ['一亿二千万', 120_000_000],
    ['三万亿', 3e12],
    ['二〇二四', 2024],
    ['十万', 100_000],
    ['五百万', 5_000_000],
  ])('reads %s as %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it.each([[''], ['万'], ['亿'], ['三十百'], ['三四十'], ['三五'], ['百'], ['一般'], ['二十a']])(
    'rejects %j',
    (s) => {
      expect(parseChineseNumeral(s)).toBeUndefined();
    },
  );
});

describe('parseNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['1.2万', 12_000],
    ['1,200', 1200],
    ['318.8', 318.8],
    ['5.2万亿', 5.2e12],
    ['3千', 3000],
    ['八', 8],
    ['两千三百万', 23_000_000],
  ])('reads %s as %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each([['1.2x'], ['abc'], ['']])('rejects %j', (s) => {
    expect(parseNumber(s)).toBeUndefined();
  });
});

describe('magnitudeOf', () => {
  it.each([
    ['', 1],
    ['万', 1e4],
    ['亿', 1e8],
    ['万亿', 1e12],
    ['千', 1e3],
    ['百万', 1e6],
  ])('gives %j the multiplier %d', (s, v) => {
    expect(magnitudeOf(s)).toBe(v);
  });

  it('rejects a non-magnitude character', () => {
    expect(magnitudeOf('元')).toBeUndefined();
  });
});

describe('arabicEnd', () => {
  it.each([
    ['1,234.5亿元', '1,234.5'],
    ['318.8亿', '318.8'],
    ['2024年', '2024'],
    ['1,2345', '1,234'],
    ['1,23个', '1'],
    ['3.个', '3'],
    ['3.5.6', '3.5'],
    ['12,345,678', '12,345,678'],
    ['7', '7'],
  ])('reads the number of %j as %j', (s, number) => {
    expect(s.slice(0, arabicEnd(s, 0))).toBe(number);
  });

  it('starts where it is told', () => {
    expect(arabicEnd('增长4.5%', 2)).toBe(5);
  });
});

describe('chineseRunEnd', () => {
  it.each([
    ['一万二千人', '一万二千'],
    ['十四五规划', '十四五'],
    ['两千三百万元', '两千三百万'],
    ['〇', '〇'],
    ['统一', ''],
  ])('reads the numeral run of %j as %j', (s, run) => {
    expect(s.slice(0, chineseRunEnd(s, 0))).toBe(run);
  });

  it('stops at the end of the text and at digits', () => {
    expect(chineseRunEnd('推进三', 2)).toBe(3);
    expect(chineseRunEnd('三5', 0)).toBe(1);
  });
});

describe('arabicValue', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['0.07', 0.07],
    ['5.4', 5.4],
    ['007', 7],
    ['12,345,678', 12_345_678],
    ['0.123456789012', 0.123456789012],
    ['123456789012345678', 123456789012345680],
    ['1,234,567,890,123.45', 1234567890123.45],
  ])('reads %s as Number() does', (s, v) => {
    expect(arabicValue(`达${s}元`, 1, 1 + s.length)).toBe(v);
    expect(v).toBe(Number(s.replaceAll(',', '')));
  });
});

describe('splitChineseRun', () => {
  it.each([
    ['两千三百万', 2300, '万', false],
    ['千亿', 1000, '亿', false],
    ['万亿', 1, '万亿', true],
    ['百', 100, '', true],
    ['十万', 10, '万', false],
    ['一万二千', 12000, '', false],
    ['三五', undefined, '', false],
  ])('splits %s into %j, %j, bare %j', (run, value, magnitude, bare) => {
    expect(splitChineseRun(run)).toEqual({ value, magnitude, bare });
  });
});

describe('magnitude characters', () => {
  it('reads 十百千万亿 as magnitudes and only 万亿 as big ones', () => {
    const code = (s: string) => s.charCodeAt(0);
    expect([...'十百千万亿'].map((c) => isMagnitudeCode(code(c)))).toEqual([true, true, true, true, true]);
    expect([...'一两零余多'].map((c) => isMagnitudeCode(code(c)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([...'十百千万亿'].map((c) => isBigMagnitude(code(c)))).toEqual([false, false, false, true, true]);
    expect(isMagnitudeCode(Number.NaN)).toBe(false);
  });
});
