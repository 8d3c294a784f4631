import { describe, expect, it } from 'vitest';
import {
  isYearEnd,
  type Period,
  parsePeriod,
  parsePeriodId,
  periodEndDate,
  periodEndMonth,
  periodId,
  periodLabel,
  periodNameZh,
  periodStartMonth,
  periodsOfYear,
  reportingPeriods,
} from './period';

const month = (m: number): Period => ({ year: 2024, kind: 'month', index: m });
const period = (id: string) => {
  const p = parsePeriodId(id);
  if (!p) throw new Error(`bad period ${id}`);
  return p;
};

describe('parsePeriod', () => {
  it.each([
    ['2024年1-5月', undefined, month(5)],
    ['1—2月', 2024, month(2)],
    ['1–11月', 2024, month(11)],
    ['一至九月', 2024, month(9)],
    ['6月底', 2024, month(6)],
    ['1月份', 2024, month(1)],
    ['一季度', 2024, { year: 2024, kind: 'quarter', index: 1 }],
    ['第一季度', 2024, { year: 2024, kind: 'quarter', index: 1 }],
    ['前三季度', 2024, { year: 2024, kind: 'quarter', index: 3 }],
    ['上半年', 2024, { year: 2024, kind: 'half', index: 1 }],
    ['2023年全年', undefined, { year: 2023, kind: 'year', index: 1 }],
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
  const q = (index: number): Period => ({ year: 2024, kind: 'quarter', index });
  const h = (index: number): Period => ({ year: 2024, kind: 'half', index });
  it.each([
    [month(1), '1月', 'January'],
    [month(2), '1—2月', 'January–February'],
    [month(6), '1—6月', 'January–June'],
    [month(9), '1—9月', 'January–September'],
    [month(11), '1—11月', 'January–November'],
    [month(12), '全年', 'Full year'],
    [q(1), '一季度', 'Q1'],
    [q(2), '上半年', 'H1'],
    [q(3), '前三季度', 'Q1–Q3'],
    [q(4), '全年', 'Full year'],
    [h(1), '上半年', 'H1'],
    [h(2), '全年', 'Full year'],
    [{ year: 2024, kind: 'year', index: 1 } as Period, '全年', 'Full year'],
  ])('names %o %s', (p, zh, en) => {
    expect(periodLabel(p)).toEqual({ zh, en });
  });

  it('writes every month in English in full, never a short name', () => {
    const labels = Array.from({ length: 11 }, (_, i) => periodLabel(month(i + 1)).en);
    expect(labels.slice(0, 3)).toEqual(['January', 'January–February', 'January–March']);
    for (const label of labels)
      expect(label).toMatch(
        /^January(–(February|March|April|May|June|July|August|September|October|November))?$/,
      );
  });

  it('gives Q2 and H1 one label, and every period reaching December 全年', () => {
    // data up to June read the same in a sentence and in a 通报 whatever the cadence: 上半年, or 1—6月 as months
    expect(new Set([q(2), h(1)].map((p) => periodLabel(p).zh))).toEqual(new Set(['上半年']));
    expect(new Set([month(12), q(4), h(2)].map((p) => periodLabel(p).zh))).toEqual(new Set(['全年']));
  });

  it('writes every month range with the 一字线 and reads it back', () => {
    for (const m of [2, 5, 9, 11]) {
      const zh = periodLabel(month(m)).zh;
      expect(zh).toMatch(/^1—\d+月$/);
      expect(parsePeriod(zh, 2024)).toEqual(month(m));
    }
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
  it('starts monthly reports at 1—2月, published combined (DOMAIN.md §3.1)', () => {
    const labels = reportingPeriods(2024, 'month').map((p) => periodLabel(p).zh);
    expect([labels[0], labels.length]).toEqual(['1—2月', 11]);
  });

  it.each([
    ['quarter', ['一季度', '上半年', '前三季度', '全年']],
    ['half', ['上半年', '全年']],
    ['year', ['全年']],
  ] as const)('lists the %s periods', (kind, labels) => {
    expect(reportingPeriods(2024, kind).map((p) => periodLabel(p).zh)).toEqual(labels);
  });
});

describe('periods', () => {
  it.each([
    ['2024-05', 'month', 5, 5, '2024年5月', '1—5月'],
    ['2024-02', 'month', 2, 2, '2024年2月', '1—2月'],
    ['2024-Q3', 'quarter', 7, 9, '2024年第三季度', '前三季度'],
    ['2024-Q1', 'quarter', 1, 3, '2024年第一季度', '一季度'],
    ['2024-H1', 'half', 1, 6, '2024年上半年', '上半年'],
    ['2024', 'year', 1, 12, '2024年', '全年'],
  ])('%s is a %s from month %i to %i labelled %s / %s', (id, kind, first, last, label, cumulative) => {
    const p = period(id);
    const view = {
      kind: p.kind,
      firstMonth: periodStartMonth(p),
      lastMonth: periodEndMonth(p),
      id: periodId(p),
    };
    expect(view).toMatchObject({ kind, firstMonth: first, lastMonth: last, id });
    expect(periodNameZh(p)).toBe(label);
    expect(periodLabel(p).zh).toBe(cumulative);
  });

  it.each(['2024-13', '2024-Q5', '2024-H3', '24-01', '2024-1'])('rejects %s', (id) => {
    expect(parsePeriodId(id)).toBeNull();
  });

  it('lists the periods of a year in order', () => {
    expect(periodsOfYear(2024, 'quarter').map(periodId)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
    ]);
  });
});
