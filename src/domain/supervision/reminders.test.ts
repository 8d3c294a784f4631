import { describe, expect, it } from 'vitest';
import { buildCalendar, entryStatuses, type SubmissionRecord } from './calendar';
import { addDays } from './dates';
import {
  DEFAULT_REMINDER_CONFIG,
  planReminders,
  planSheetReminders,
  type Reminder,
  reminderStepOn,
  unsent,
} from './reminders';

const config = DEFAULT_REMINDER_CONFIG;

describe('reminderStepOn', () => {
  it.each([
    ['2024-03-20', null],
    ['2024-03-22', { stage: 'before', step: 3 }],
    ['2024-03-23', { stage: 'before', step: 3 }],
    ['2024-03-24', { stage: 'before', step: 1 }],
    ['2024-03-25', { stage: 'due_today', step: 0 }],
    ['2024-03-26', { stage: 'overdue', step: 1 }],
    ['2024-03-28', { stage: 'overdue', step: 1 }],
    ['2024-03-29', { stage: 'overdue', step: 2 }],
    ['2024-04-01', { stage: 'overdue', step: 3 }],
    ['2024-04-04', null],
  ])('on %s for a report due 2024-03-25 gives %o', (today, step) => {
    expect(reminderStepOn('2024-03-25', today, config)).toEqual(step);
  });
});

describe('planReminders', () => {
  const entries = buildCalendar(
    [
      { targetId: 1, departmentId: 10 },
      { targetId: 2, departmentId: 10 },
      { targetId: 3, departmentId: 20 },
      { targetId: 4, departmentId: null },
    ],
    { year: 2024, rule: { cadence: 'quarter', dueDay: 25, monthOffset: 0 } },
  );
  const records: SubmissionRecord[] = [
    { targetId: 3, period: '2024-Q1', status: 'submitted', submittedAt: '2024-03-21T01:00:00Z' },
  ];
  const labels = {
    departments: new Map([[10, '县发展和改革局']]),
    targets: new Map([
      [1, '地区生产总值增长7.5%'],
      [2, '固定资产投资增长9%'],
    ]),
  };

  it('groups one department’s open reports into one reminder per channel', () => {
    const r = planReminders(7, entryStatuses(entries, records, '2024-03-24'), '2024-03-24', config, labels);
    expect(r.map((x) => [x.departmentId, x.channel, x.stage, x.step, x.targetIds])).toEqual([
      [10, 'email', 'before', 1, [1, 2]],
      [10, 'in_app', 'before', 1, [1, 2]],
    ]);
    expect(r[0]?.subjectZh).toBe('【报送提醒】2024年第一季度工作进展请于3月25日前报送');
    expect(r[0]?.bodyZh).toContain('县发展和改革局：');
    expect(r[0]?.bodyZh).toContain('1. 地区生产总值增长7.5%');
  });

  it('never repeats a key when the scheduler runs several times a day all year', () => {
    const sent = new Set<string>();
    const delivered: Reminder[] = [];
    for (let day = '2024-01-01'; day <= '2024-12-31'; day = addDays(day, 1)) {
      for (let run = 0; run < 3; run++) {
        const due = planReminders(7, entryStatuses(entries, records, day), day, config, labels);
        for (const r of unsent(due, sent)) {
          sent.add(r.key);
          delivered.push(r);
        }
      }
    }
    const perEntry = (dept: number, period: string) =>
      delivered
        .filter((r) => r.departmentId === dept && r.period === period && r.channel === 'email')
        .map((r) => `${r.stage}${r.step}`);
    // Department 10 never reports: 2 before, due day, 3 催办 for each quarter whose due date has passed in 2024.
    expect(perEntry(10, '2024-Q1')).toEqual([
      'before3',
      'before1',
      'due_today0',
      'overdue1',
      'overdue2',
      'overdue3',
    ]);
    // Department 20 reported Q1 on 21 March: the reminder 3 days before (22 March) is never sent.
    expect(perEntry(20, '2024-Q1')).toEqual([]);
    expect(delivered.some((r) => r.targetIds.includes(4))).toBe(false);
    expect(delivered).toHaveLength(new Set(delivered.map((r) => r.key)).size);
  });

  it('after days without a run sends only the most urgent step', () => {
    const r = planReminders(7, entryStatuses(entries, records, '2024-06-24'), '2024-06-24', config);
    expect(r.filter((x) => x.departmentId === 10).map((x) => `${x.stage}${x.step}`)).toEqual([
      'before1',
      'before1',
    ]);
  });
});

describe('planSheetReminders', () => {
  const sheet = {
    id: 5,
    number: '督办〔2024〕3号',
    departmentId: 10,
    colour: 'yellow',
    state: 'open' as const,
    responseDeadline: '2024-10-07',
  };

  it('reminds before the response deadline and restarts after an escalation', () => {
    const before = planSheetReminders([sheet], '2024-10-06', DEFAULT_REMINDER_CONFIG);
    expect(before.map((r) => r.subjectZh)).toEqual([
      '【督办】请于10月7日前反馈督办单督办〔2024〕3号办理情况',
      '【督办】请于10月7日前反馈督办单督办〔2024〕3号办理情况',
    ]);
    const escalated = planSheetReminders(
      [{ ...sheet, colour: 'red', responseDeadline: '2024-10-11' }],
      '2024-10-10',
    );
    expect(escalated[0]?.key).not.toBe(before[0]?.key);
    expect(escalated[0]?.key).toBe('sheet:5:red:2024-10-11:before1:in_app');
  });

  it.each([
    ['responded', { state: 'responded' as const }],
    ['closed', { state: 'closed' as const }],
    ['unassigned', { departmentId: null }],
  ])('skips a %s sheet', (_name, change) => {
    expect(planSheetReminders([{ ...sheet, ...change }], '2024-10-06')).toEqual([]);
  });
});
