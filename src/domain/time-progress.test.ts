import { describe, expect, it } from 'vitest';
import type { Period } from './time-progress';
import {
  isYearEnd,
  parsePeriod,
  periodEndDate,
  periodLabel,
  reportingPeriods,
  timeProgress,
} from './time-progress';

const month = (m: number): Period => ({ year: 2024, kind: 'month', month: m });

describe('timeProgress (序时进度 = months ÷ 12, DOMAIN.md §3.2)', () => {
  it.each([
    [month(2), 16.67],
    [month(5), 41.67],
    [month(9), 75],
    [month(11), 91.67],
    [{ year: 2024, kind: 'quarter', quarter: 1 } as Period, 25],
    [{ year: 2024, kind: 'quarter', quarter: 3 } as Period, 75],
    [{ year: 2024, kind: 'half', half: 1 } as Period, 50],
    [{ year: 2024, kind: 'year' } as Period, 100],
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

describe('parsePeriod', () => {
  it.each([
    ['2024年1-5月', undefined, month(5)],
    ['1—2月', 2024, month(2)],
    ['1–11月', 2024, month(11)],
    ['一至九月', 2024, month(9)],
    ['6月底', 2024, month(6)],
    ['1月份', 2024, month(1)],
    ['一季度', 2024, { year: 2024, kind: 'quarter', quarter: 1 }],
    ['第一季度', 2024, { year: 2024, kind: 'quarter', quarter: 1 }],
    ['前三季度', 2024, { year: 2024, kind: 'quarter', quarter: 3 }],
    ['上半年', 2024, { year: 2024, kind: 'half', half: 1 }],
    ['2023年全年', undefined, { year: 2023, kind: 'year' }],
  ])('reads %s', (text, year, expected) => {
    expect(parsePeriod(text, year)).toEqual(expected);
  });

  it.each([['13月'], ['五季度'], ['持续推进'], ['1-5月']])(
    'returns null for %s without a usable year',
    (t) => {
      expect(parsePeriod(t)).toBeNull();
    },
  );
});

describe('periodLabel', () => {
  it.each([
    [month(1), '1月'],
    [month(2), '1–2月'],
    [month(9), '1–9月'],
    [{ year: 2024, kind: 'quarter', quarter: 1 } as Period, '一季度'],
    [{ year: 2024, kind: 'quarter', quarter: 3 } as Period, '前三季度'],
    [{ year: 2024, kind: 'half', half: 1 } as Period, '上半年'],
    [{ year: 2024, kind: 'year' } as Period, '全年'],
  ])('names %o %s', (p, zh) => {
    expect(periodLabel(p).zh).toBe(zh);
  });
});

describe('period end', () => {
  it('ends February on the 29th in a leap year', () => {
    expect(periodEndDate(month(2))).toBe('2024-02-29');
  });

  it('treats 1–12月 as year end', () => {
    expect(isYearEnd(month(12))).toBe(true);
  });
});

describe('reportingPeriods', () => {
  it('starts monthly reports at 1–2月, published combined (DOMAIN.md §3.1)', () => {
    const labels = reportingPeriods(2024, 'month').map((p) => periodLabel(p).zh);
    expect([labels[0], labels.length]).toEqual(['1–2月', 11]);
  });

  it.each([
    ['quarter', ['一季度', '上半年', '前三季度', '全年']],
    ['half', ['上半年', '全年']],
    ['year', ['全年']],
  ] as const)('lists the %s periods', (kind, labels) => {
    expect(reportingPeriods(2024, kind).map((p) => periodLabel(p).zh)).toEqual(labels);
  });
});
