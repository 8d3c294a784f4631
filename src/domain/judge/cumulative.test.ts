import { describe, expect, it } from 'vitest';
import type { Progress, Target } from '../target';
import { judgeTarget } from './index';

const amount = (value: number, extra: Partial<Target> = {}): Target => ({
  type: 'level',
  comparator: '>=',
  value,
  unit: '亿元',
  ...extra,
});
const count = (value: number, unit = '家'): Target => ({ type: 'count', comparator: '>=', value, unit });
const at = (month: number, value: number | null, unit?: string): Progress => ({
  period: { year: 2024, kind: 'month', index: month },
  value,
  ...(unit ? { unit } : {}),
});

describe('amounts: completion r = actual ÷ target against 序时 p (DOMAIN.md §3.2)', () => {
  it.each([
    ['53.3% at 1–9月 (p 75) is behind by 21.7: red', amount(100), at(9, 53.3), 'behind', 'red'],
    ['70% at 1–9月 is behind by 5: yellow', amount(100), at(9, 70), 'behind', 'yellow'],
    [
      '41.06% at 1–5月 (p 41.7) is behind within 1 point: yellow',
      amount(100),
      at(5, 41.06),
      'behind',
      'yellow',
    ],
    ['50% at 1–6月 is on track', amount(100), at(6, 50), 'on_track', 'green'],
    ['62% at 1–6月 is ahead by 12 points', amount(100), at(6, 62), 'ahead', 'green'],
    ['126 of 100 is completed, even mid-year', amount(100), at(6, 126), 'completed', 'blue'],
    ['0 at 1–5月 is not started', amount(100), at(5, 0), 'not_started', 'red'],
    ['no figure is no data', amount(100), at(5, null), 'no_data', 'grey'],
  ] as const)('%s', (_name, t, p, status, colour) => {
    const j = judgeTarget(t, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('writes the 通报 sentence with the gap to 序时', () => {
    const j = judgeTarget(amount(100), at(9, 53.3));
    expect(j.sentence.zh).toBe('完成年度目标的53.3%,低于序时进度21.7个百分点');
    expect(j.gap).toEqual({ value: -21.7, unit: '个百分点' });
    expect([j.completion, j.timeProgress]).toEqual([53.3, 75]);
  });

  it('writes a completed target as a percent of the annual target', () => {
    expect(judgeTarget(amount(100), at(12, 126)).sentence.zh).toBe('已完成年度目标的126%');
  });

  it('converts a value reported in another unit (9000万元 of 1亿元)', () => {
    expect(judgeTarget(amount(1), at(11, 9000, '万元')).completion).toBe(90);
  });

  it('compares 9500亩 with a 2.2万亩 target', () => {
    const t: Target = { type: 'level', comparator: '>=', value: 2.2, unit: '万亩' };
    expect(judgeTarget(t, at(12, 9500, '亩')).completion).toBe(43.18);
  });

  it('rejects a value in the wrong unit with a clear message', () => {
    expect(() => judgeTarget(amount(100), at(6, 30, '亩'))).toThrow(/单位不一致.*“亩”.*“亿元”/);
  });

  it('uses the target’s percent 节点 instead of months ÷ 12', () => {
    const t = amount(100, { milestones: [{ date: '2024-06-30', percent: 30 }] });
    expect(judgeTarget(t, at(6, 35)).status).toBe('on_track');
  });

  it('expects the whole target once the 完成时限 has passed', () => {
    const j = judgeTarget(amount(100, { deadline: '2024-06-30' }), at(7, 80));
    expect([j.timeProgress, j.status]).toEqual([100, 'behind']);
  });

  it('checks 双过半 at mid-year: 48% of the target at 1–6月 fails it', () => {
    expect(judgeTarget(amount(100), at(6, 48)).doubleHalf).toBe(false);
  });

  it('checks 双过半 only at mid-year', () => {
    expect(judgeTarget(amount(100), at(5, 48)).doubleHalf).toBeUndefined();
  });

  it('treats 超过100亿元 as strict: exactly 100 is not completed', () => {
    expect(judgeTarget(amount(100, { comparator: '>' }), at(12, 100)).status).toBe('behind');
  });

  it('accepts a 左右 amount within 5% of the target', () => {
    expect(judgeTarget(amount(80, { comparator: '~' }), at(12, 77)).status).toBe('completed');
  });

  it('counts larger counts against 序时 like amounts (32个 projects)', () => {
    expect(judgeTarget(count(32, '个'), at(6, 10)).status).toBe('behind');
  });

  it('notes a 力争 stretch not yet reached after the floor is completed', () => {
    const j = judgeTarget(amount(100, { stretch: 120 }), at(12, 110));
    expect(j.sentence.zh).toBe('已完成年度目标的110%,距力争目标还差10亿元');
  });
});

describe('small counts: judged at 节点 or year end, 0 flagged from mid-year (DOMAIN.md §3.2)', () => {
  it.each([
    ['1 of 2以上 at 1–5月 is on track (no 序时 for small counts)', at(5, 1), 'on_track', 'green'],
    ['0 at 1–3月 is not started, grey before mid-year', at(3, 0), 'not_started', 'grey'],
    ['0 at 1–6月 is flagged red', at(6, 0), 'not_started', 'red'],
    ['2 of 2以上 is completed (以上 includes the number)', at(8, 2), 'completed', 'blue'],
    ['1 of 2 at year end is behind: red', at(12, 1), 'behind', 'red'],
  ] as const)('%s', (_name, p, status, colour) => {
    const j = judgeTarget(count(2), p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('writes the count and what is left', () => {
    expect(judgeTarget(count(2), at(5, 1)).sentence.zh).toBe('累计1家,目标2家以上,还差1家');
  });

  it('writes the mid-year flag for zero', () => {
    expect(judgeTarget(count(2), at(6, 0)).sentence.zh).toBe('累计0家,目标2家以上,年中仍为零');
  });

  it('gives the gap in the count’s own unit', () => {
    expect(judgeTarget(count(2), at(5, 1)).gap).toEqual({ value: -1, unit: '家' });
  });
});
