import { describe, expect, it } from 'vitest';
import { buildCalendar, DEFAULT_REPORTING_RULE } from './calendar';
import { type ReportingIcsInput, reportingIcsEvents } from './ics-events';

const names = new Map([
  [1, '地区生产总值增长7.5%左右'],
  [2, '引进亿元以上项目32个'],
  [3, '城镇调查失业率5.5%以内'],
]);
const depts = new Map([
  [10, '市发改局'],
  [20, '市商务局'],
]);
const entries = buildCalendar(
  [
    { targetId: 1, departmentId: 10 },
    { targetId: 2, departmentId: 20 },
    { targetId: 3, departmentId: 10 },
  ],
  {
    year: 2024,
    rule: DEFAULT_REPORTING_RULE,
    overrides: [{ targetId: 1, cadence: 'quarter', dueDay: 'last' }],
  },
);

function input(over: Partial<ReportingIcsInput> = {}): ReportingIcsInput {
  return {
    planId: 7,
    planTitle: '鹤山市2024年政府工作报告',
    rule: DEFAULT_REPORTING_RULE,
    entries,
    department: null,
    targetName: (id) => names.get(id) ?? `#${id}`,
    departmentName: (id) => (id ? (depts.get(id) ?? `#${id}`) : ''),
    sheets: [],
    lang: 'zh',
    ...over,
  };
}

describe('reportingIcsEvents', () => {
  it('gives the plan one event per common due date and the override its own', () => {
    const events = reportingIcsEvents(input());
    const common = events.filter((e) => !e.uid.includes('target'));
    // monthly by the 25th without January: 2024-02 … 2024-12
    expect(common.map((e) => e.date)).toEqual(
      Array.from({ length: 11 }, (_, i) => `2024-${String(i + 2).padStart(2, '0')}-25`),
    );
    expect(common[0]).toMatchObject({
      uid: 'duban-plan7-2024-02@duban.invalid',
      summary: '报送截止:1—2月进展(2个单位、2项目标)',
    });
    expect(common[0]?.description).toContain('市发改局 1项');
    const gdp = events.filter((e) => e.uid.includes('target1'));
    expect(gdp.map((e) => [e.date, e.uid])).toEqual([
      ['2024-03-31', 'duban-plan7-2024-Q1-target1@duban.invalid'],
      ['2024-06-30', 'duban-plan7-2024-Q2-target1@duban.invalid'],
      ['2024-09-30', 'duban-plan7-2024-Q3-target1@duban.invalid'],
      ['2024-12-31', 'duban-plan7-2024-Q4-target1@duban.invalid'],
    ]);
    expect(gdp[0]?.summary).toBe('报送截止:一季度进展(地区生产总值增长7.5%左右)');
    expect(gdp[0]?.description).toContain('牵头单位:市发改局');
  });

  it('names the department and its targets in a department calendar, with its open sheets', () => {
    const events = reportingIcsEvents(
      input({
        entries: entries.filter((e) => e.departmentId === 10),
        department: { id: 10, name: '市发改局' },
        sheets: [
          {
            id: 5,
            number: '督办〔2024〕5号',
            targetId: 3,
            departmentId: 10,
            colour: 'yellow',
            reasonsZh: ['8月未报送'],
            responseDeadline: '2024-09-05',
          },
        ],
      }),
    );
    const may = events.find((e) => e.date === '2024-05-25');
    expect(may).toMatchObject({
      uid: 'duban-plan7-2024-05-dept10@duban.invalid',
      summary: '报送截止:1—5月进展(市发改局)',
    });
    expect(may?.description).toContain('· 城镇调查失业率5.5%以内');
    expect(may?.description).not.toContain('引进亿元以上项目');
    expect(events.find((e) => e.uid === 'duban-plan7-2024-Q1-target1-dept10@duban.invalid')?.date).toBe(
      '2024-03-31',
    );
    expect(events.find((e) => e.uid === 'duban-plan7-sheet5@duban.invalid')).toMatchObject({
      date: '2024-09-05',
      summary: '督办单回复截止:督办〔2024〕5号(城镇调查失业率5.5%以内)',
    });
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });

  it('puts every department’s open sheets on the plan-wide calendar, each naming its department', () => {
    const sheet = (id: number, targetId: number, departmentId: number | null) => ({
      id,
      number: `督办〔2024〕${id}号`,
      targetId,
      departmentId,
      colour: 'red' as const,
      reasonsZh: ['逾期未报送'],
      responseDeadline: `2024-10-0${id}`,
    });
    const sheets = [sheet(1, 3, 10), sheet(2, 2, 20), sheet(3, 1, null)];
    const events = reportingIcsEvents(input({ sheets })).filter((e) => e.categories?.[0] === '督办单');
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2024-10-01', '督办单回复截止:督办〔2024〕1号(市发改局:城镇调查失业率5.5%以内)'],
      ['2024-10-02', '督办单回复截止:督办〔2024〕2号(市商务局:引进亿元以上项目32个)'],
      ['2024-10-03', '督办单回复截止:督办〔2024〕3号(未分配:地区生产总值增长7.5%左右)'],
    ]);
    expect(events[1]?.description).toContain('单位:市商务局');
    const en = reportingIcsEvents(input({ sheets, lang: 'en' })).find((e) => e.uid.includes('sheet2'));
    expect(en?.summary).toBe('Sheet response due: 督办〔2024〕2号 (市商务局: 引进亿元以上项目32个)');
    expect(en?.description).toContain('Department: 市商务局');
  });

  it('writes English when asked', () => {
    const [first] = reportingIcsEvents(input({ lang: 'en' }));
    expect(first?.summary).toBe('Report due: January–February (2 targets)');
  });
});
