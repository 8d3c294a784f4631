import { describe, expect, it } from 'vitest';
import type { Progress, Target } from '../target';
import { judgeTarget } from './index';

const at = (month: number, value: number | null): Progress => ({
  period: { year: 2024, kind: 'month', index: month },
  value,
});
const unemployment = (comparator: Target['comparator']): Target => ({
  type: 'level',
  comparator,
  value: 4.5,
  unit: '%',
  better: 'lower',
});
const share = (value: number): Target => ({ type: 'share', comparator: '>=', value, unit: '%' });

describe('levels, shares and ceilings read at a point in time (DOMAIN.md §3.2, §4)', () => {
  it.each([
    ['失业率4.2% within 4.5%以内', unemployment('<='), at(6, 4.2), 'on_track', 'green'],
    [
      '失业率4.5% equals 4.5%以内 (以内 includes the number)',
      unemployment('<='),
      at(6, 4.5),
      'on_track',
      'green',
    ],
    ['失业率4.8% over 4.5%以内 by 0.3: yellow', unemployment('<='), at(6, 4.8), 'behind', 'yellow'],
    ['失业率6% over 4.5%以内 by 1.5: red', unemployment('<='), at(6, 6), 'behind', 'red'],
    ['失业率4.9% within 4.5%左右 (±0.5)', unemployment('~'), at(6, 4.9), 'on_track', 'green'],
    ['失业率4.2% at year end is completed', unemployment('<='), at(12, 4.2), 'completed', 'blue'],
    ['达标率99.5% of 100%: yellow', share(100), at(6, 99.5), 'behind', 'yellow'],
    ['达标率100% of 100% at year end', share(100), at(12, 100), 'completed', 'blue'],
  ] as const)('%s', (_name, t, p, status, colour) => {
    const j = judgeTarget(t, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('writes a missed ceiling', () => {
    const j = judgeTarget(unemployment('<='), at(6, 4.8));
    expect(j.sentence.zh).toBe('当前为4.8%,高于控制目标0.3个百分点');
    expect(j.gap).toEqual({ value: -0.3, unit: '个百分点' });
  });

  it('writes a met ceiling', () => {
    expect(judgeTarget(unemployment('<='), at(6, 4.2)).sentence.zh).toBe('当前为4.2%,控制在目标以内');
  });

  it('reads a share given in 成 (八成 = 80%)', () => {
    expect(judgeTarget(share(75), { ...at(12, 8), unit: '成' }).value).toBe(80);
  });

  it('counts a level below the target within 10% as yellow (资产规模 76 of 80亿元)', () => {
    const t: Target = { type: 'level', comparator: '>=', value: 80, unit: '亿元', cumulative: false };
    expect(judgeTarget(t, at(6, 76)).colour).toBe('yellow');
  });

  it('judges a range target from its lower bound when higher is better', () => {
    const t: Target = { type: 'share', comparator: 'range', value: 6, upper: 6.5, unit: '%' };
    expect(judgeTarget(t, at(12, 7)).status).toBe('completed');
  });

  it('judges a band on both sides when asked to', () => {
    const t: Target = { type: 'share', comparator: 'range', value: 6, upper: 6.5, unit: '%', better: 'band' };
    expect(judgeTarget(t, at(12, 7)).status).toBe('behind');
  });
});

describe('rank targets: rank ≤ N (DOMAIN.md §3.2 Rank)', () => {
  const top3: Target = { type: 'rank', comparator: '<=', value: 3, unit: '名' };

  it.each([
    ['第2位 meets 前三', at(6, 2), 'on_track', 'green'],
    ['第3位 meets 前三 (includes 3)', at(6, 3), 'on_track', 'green'],
    ['第5位 misses 前三 by 2: yellow', at(6, 5), 'behind', 'yellow'],
    ['第9位 misses 前三 by 6: red', at(6, 9), 'behind', 'red'],
    ['第1位 at year end is completed', at(12, 1), 'completed', 'blue'],
  ] as const)('%s', (_name, p, status, colour) => {
    const j = judgeTarget(top3, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('writes the place and the shortfall', () => {
    const j = judgeTarget(top3, at(6, 5));
    expect(j.sentence.zh).toBe('居第5位,目标前3位,差2位');
    expect(j.gap).toEqual({ value: -2, unit: '位' });
  });
});
