import { describe, expect, it } from 'vitest';
import { parsePeriodId } from '../period';
import {
  buildCalendar,
  type CalendarConfig,
  departmentDueSummary,
  dueDateOf,
  entryStatuses,
  type SubmissionRecord,
  validateReportingRule,
} from './calendar';

const period = (id: string) => {
  const p = parsePeriodId(id);
  if (!p) throw new Error(`bad period ${id}`);
  return p;
};

describe('dueDateOf', () => {
  it.each([
    {
      name: 'monthly on the 25th (鄂温克旗)',
      id: '2024-05',
      rule: { cadence: 'month', dueDay: 25, monthOffset: 0 },
      due: '2024-05-25',
    },
    {
      name: 'quarter end (许昌 每季度末)',
      id: '2024-Q1',
      rule: { cadence: 'quarter', dueDay: 'last', monthOffset: 0 },
      due: '2024-03-31',
    },
    {
      name: 'a due day past a short month is clamped',
      id: '2024-02',
      rule: { cadence: 'month', dueDay: 31, monthOffset: 0 },
      due: '2024-02-29',
    },
    {
      name: 'year report due on 5 January next year',
      id: '2024',
      rule: { cadence: 'year', dueDay: 5, monthOffset: 1 },
      due: '2025-01-05',
    },
    {
      name: 'December report due next month',
      id: '2024-12',
      rule: { cadence: 'month', dueDay: 5, monthOffset: 1 },
      due: '2025-01-05',
    },
  ] as const)('$name', ({ id, rule, due }) => {
    expect(dueDateOf(period(id), rule)).toBe(due);
  });

  it.each([
    [{ dueDay: 0 }, 1],
    [{ dueDay: 32 }, 1],
    [{ dueDay: 2.5 }, 1],
    [{ monthOffset: -1 }, 1],
    [{ dueDay: 'last' as const, monthOffset: 1 }, 0],
  ])('validates %o', (rule, errors) => {
    expect(validateReportingRule(rule)).toHaveLength(errors);
  });
});

const monthly: CalendarConfig = { year: 2024, rule: { cadence: 'month', dueDay: 25, monthOffset: 0 } };

describe('buildCalendar', () => {
  it('asks for eleven monthly reports because 1–2月 are combined', () => {
    const entries = buildCalendar([{ targetId: 1, departmentId: 10 }], monthly);
    expect(entries).toHaveLength(11);
    expect(entries[0]).toEqual({
      targetId: 1,
      departmentId: 10,
      period: '2024-02',
      opensOn: '2024-02-01',
      dueDate: '2024-02-25',
    });
  });

  it('asks for a January report when combining is switched off', () => {
    expect(
      buildCalendar([{ targetId: 1, departmentId: 10 }], { ...monthly, combineJanFeb: false }),
    ).toHaveLength(12);
  });

  it('applies a per-target override of cadence and due day', () => {
    const entries = buildCalendar(
      [
        { targetId: 1, departmentId: 10 },
        { targetId: 2, departmentId: 11 },
      ],
      {
        ...monthly,
        overrides: [{ targetId: 2, cadence: 'quarter', dueDay: 10, monthOffset: 1 }],
      },
    );
    const second = entries.filter((e) => e.targetId === 2);
    expect(second.map((e) => [e.period, e.dueDate])).toEqual([
      ['2024-Q1', '2024-04-10'],
      ['2024-Q2', '2024-07-10'],
      ['2024-Q3', '2024-10-10'],
      ['2024-Q4', '2025-01-10'],
    ]);
    expect(entries.filter((e) => e.targetId === 1)).toHaveLength(11);
  });

  it('skips periods due before the plan was approved', () => {
    const entries = buildCalendar([{ targetId: 1, departmentId: 10 }], {
      ...monthly,
      notBefore: '2024-03-28',
    });
    expect(entries[0]?.period).toBe('2024-04');
  });

  it('refuses an invalid rule with a sentence', () => {
    expect(() =>
      buildCalendar([{ targetId: 1, departmentId: 1 }], {
        ...monthly,
        rule: { ...monthly.rule, dueDay: 40 },
      }),
    ).toThrow(/1–31/);
  });
});

describe('entryStatuses and departmentDueSummary', () => {
  const entries = buildCalendar(
    [
      { targetId: 1, departmentId: 10 },
      { targetId: 2, departmentId: 10 },
      { targetId: 3, departmentId: 20 },
    ],
    { year: 2024, rule: { cadence: 'quarter', dueDay: 'last', monthOffset: 0 } },
  );
  const records: SubmissionRecord[] = [
    // 2024-03-31 16:00Z is 2024-04-01 00:00 in China: one day late
    { targetId: 1, period: '2024-Q1', status: 'approved', submittedAt: '2024-03-31T16:00:00Z' },
    { targetId: 2, period: '2024-Q1', status: 'submitted', submittedAt: '2024-03-30T02:00:00Z' },
    { targetId: 3, period: '2024-Q1', status: 'draft', submittedAt: null },
    { targetId: 1, period: '2024-Q2', status: 'returned', submittedAt: '2024-06-20T02:00:00Z' },
  ];
  const today = '2024-06-10';
  const statuses = entryStatuses(entries, records, today);
  const state = (targetId: number, p: string) =>
    statuses.find((s) => s.targetId === targetId && s.period === p);

  it.each([
    [1, '2024-Q1', 'late', 1],
    [2, '2024-Q1', 'submitted', 0],
    [3, '2024-Q1', 'missing', 71],
    [1, '2024-Q2', 'due', 0],
    [1, '2024-Q3', 'upcoming', 0],
  ])('target %i %s is %s (%i days overdue)', (targetId, p, expected, days) => {
    expect(state(targetId, p)).toMatchObject({ state: expected, daysOverdue: days });
  });

  it.each([
    // seen on an earlier day, a later submission does not exist yet
    ['2024-04-10', 'missing', 10, null],
    ['2024-03-31', 'due', 0, null],
    ['2024-04-20', 'late', 15, '2024-04-15'],
  ])(
    'on %s a report submitted on 2024-04-15 for a Q1 due 03-31 is %s (%i days)',
    (day, expected, days, on) => {
      const later: SubmissionRecord[] = [
        { targetId: 1, period: '2024-Q1', status: 'approved', submittedAt: '2024-04-15T02:00:00Z' },
      ];
      const s = entryStatuses(entries, later, day).find((e) => e.targetId === 1 && e.period === '2024-Q1');
      expect(s).toMatchObject({ state: expected, daysOverdue: days, submittedOn: on });
    },
  );

  it('counts per department and gives the on-time rate of judged reports', () => {
    const summary = departmentDueSummary(statuses);
    expect(summary).toEqual([
      { departmentId: 10, upcoming: 4, due: 2, submitted: 1, late: 1, missing: 0, onTimeRate: 0.5 },
      { departmentId: 20, upcoming: 2, due: 1, submitted: 0, late: 0, missing: 1, onTimeRate: 0 },
    ]);
  });
});
