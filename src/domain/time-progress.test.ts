import { describe, expect, it } from 'vitest';
import type { Period } from './period';
import { timeProgress } from './time-progress';

const month = (m: number): Period => ({ year: 2024, kind: 'month', index: m });

describe('timeProgress (序时进度 = months ÷ 12, DOMAIN.md §3.2)', () => {
  it.each([
    [month(2), 16.67],
    [month(5), 41.67],
    [month(9), 75],
    [month(11), 91.67],
    [{ year: 2024, kind: 'quarter', index: 1 } as Period, 25],
    [{ year: 2024, kind: 'quarter', index: 3 } as Period, 75],
    [{ year: 2024, kind: 'half', index: 1 } as Period, 50],
    [{ year: 2024, kind: 'year', index: 1 } as Period, 100],
  ])('gives %o a time progress of %d%%', (p, expected) => {
    expect(timeProgress(p)).toBeCloseTo(expected, 2);
  });

  it('reads a monthly schedule from the rule set', () => {
    const cumulative = [5, 10, 20, 30, 40, 55, 60, 70, 80, 88, 95, 100];
    expect(timeProgress(month(6), { schedule: { kind: 'monthly', cumulative } })).toBe(55);
  });

  it('uses the planned percent of the latest 节点 on or before the period end', () => {
    const milestones = [
      { date: '2024-03-31', percent: 10 },
      { date: '2024-06-30', percent: 40 },
      { date: '2024-09-30', percent: 80 },
    ];
    expect(timeProgress(month(6), { milestones })).toBe(40);
  });

  it('is 0 before the first 节点', () => {
    expect(timeProgress(month(2), { milestones: [{ date: '2024-06-30', percent: 50 }] })).toBe(0);
  });

  it('ignores 节点 that carry only a stage', () => {
    expect(timeProgress(month(6), { milestones: [{ date: '2024-03-31', stage: 'declared' }] })).toBe(50);
  });

  it('rejects a month outside 1–12', () => {
    expect(() => timeProgress(month(13))).toThrow(/报告期无效/);
  });
});
