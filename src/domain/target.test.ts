import { describe, expect, it } from 'vitest';
import type { Target } from './target';
import { assertValidTarget, betterOf, inferBetter, inferDecrease, methodOf } from './target';

const t = (extra: Partial<Target>): Target => ({
  type: 'level',
  comparator: '>=',
  value: 1,
  unit: '亿元',
  ...extra,
});

describe('methodOf picks the DOMAIN.md §3.2 rule', () => {
  it.each([
    ['growth', t({ type: 'growth', unit: '%' }), 'growth'],
    ['rate_change', t({ type: 'rate_change', unit: '个百分点' }), 'growth'],
    ['an amount in 亿元', t({}), 'cumulative'],
    ['a count in 家', t({ type: 'count', unit: '家' }), 'cumulative'],
    ['a level in %', t({ unit: '%' }), 'point'],
    ['a ceiling on an amount', t({ comparator: '<=' }), 'point'],
    ['a stock marked not cumulative', t({ cumulative: false }), 'point'],
    ['a share', t({ type: 'share', unit: '%' }), 'point'],
    ['a rank', t({ type: 'rank', unit: '名' }), 'rank'],
    ['a milestone', t({ type: 'milestone' }), 'milestone'],
    ['a qualitative task', t({ type: 'qualitative' }), 'qualitative'],
  ] as const)('judges %s by %s', (_name, target, method) => {
    expect(methodOf(target)).toBe(method);
  });
});

describe('better direction', () => {
  it.each([
    ['>=', 'higher'],
    ['<=', 'lower'],
    ['<', 'lower'],
    ['~', 'higher'],
  ] as const)('reads %s as %s is better', (comparator, better) => {
    expect(betterOf(t({ comparator }))).toBe(better);
  });

  it.each([
    ['城镇调查失业率', 'lower'],
    ['单位GDP能耗', 'lower'],
    ['PM2.5浓度', 'lower'],
    ['生产安全事故起数', 'lower'],
    ['地区生产总值', 'higher'],
  ] as const)('infers %s: %s is better', (indicator, better) => {
    expect(inferBetter(indicator)).toBe(better);
  });
});

describe('inferDecrease', () => {
  it.each([
    ['单位GDP能耗下降', true],
    ['PM2.5浓度下降', true],
    ['化学需氧量排放量减少', true],
    ['地区生产总值增长', false],
  ] as const)('reads %s as a fall: %s', (indicator, fall) => {
    expect(inferDecrease(indicator)).toBe(fall);
  });
});

describe('assertValidTarget', () => {
  it.each([
    ['a zero cumulative target', t({ value: 0 }), /大于0/],
    ['a range without an upper bound', t({ comparator: 'range', unit: '%' }), /区间/],
    ['a stretch below the floor', t({ value: 10, stretch: 8 }), /力争/],
    ['a value that is not a number', t({ value: Number.NaN }), /数字/],
  ])('rejects %s', (_name, target, message) => {
    expect(() => assertValidTarget(target)).toThrow(message);
  });
});
