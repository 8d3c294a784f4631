import { describe, expect, it } from 'vitest';
import { magnitudeOf, parseChineseNumeral, parseNumber } from './numerals';

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
