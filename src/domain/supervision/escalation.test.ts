import { describe, expect, it } from 'vitest';
import {
  assessEscalation,
  DEFAULT_ESCALATION_RULES,
  type SupervisionSituation,
  situationOf,
} from './escalation';
import {
  closeSheet,
  type DubanSheet,
  respondToSheet,
  returnResponse,
  reviewSheets,
  sheetNumber,
} from './sheets';

const base: SupervisionSituation = {
  targetId: 1,
  departmentId: 10,
  status: 'on_track',
  lag: null,
  lagKind: 'cumulative',
  reportOverdueDays: 0,
  deadline: null,
};
const today = '2024-09-30';

describe('assessEscalation', () => {
  it.each([
    { name: 'on track, nothing overdue', s: {}, colour: null },
    {
      name: 'completed even with an old deadline',
      s: { status: 'completed', deadline: '2024-06-30' },
      colour: null,
    },
    { name: 'report one day late → blue 催办', s: { reportOverdueDays: 1 }, colour: 'blue' },
    { name: 'report 8 days late → yellow', s: { reportOverdueDays: 8 }, colour: 'yellow' },
    { name: 'report 15 days late → red', s: { reportOverdueDays: 15 }, colour: 'red' },
    { name: 'deadline within 7 days → blue (宿迁)', s: { deadline: '2024-10-05' }, colour: 'blue' },
    { name: 'deadline passed → red (宿迁)', s: { deadline: '2024-09-29' }, colour: 'red' },
    { name: '5 points below 序时 → yellow (未达序时)', s: { status: 'behind', lag: 5 }, colour: 'yellow' },
    { name: '21.7 points below 序时 → red', s: { status: 'behind', lag: 21.7 }, colour: 'red' },
    {
      name: 'growth 0.9 百分点 below → yellow',
      s: { status: 'behind', lag: 0.9, lagKind: 'growth' },
      colour: 'yellow',
    },
    {
      name: 'growth 1.5 百分点 below → red',
      s: { status: 'behind', lag: 1.5, lagKind: 'growth' },
      colour: 'red',
    },
    { name: 'qualitative 滞后 → yellow', s: { status: 'behind', lagKind: 'other' }, colour: 'yellow' },
    {
      name: '未启动 after a node → red (§3.3)',
      s: { status: 'not_started', nodeMissed: true },
      colour: 'red',
    },
    {
      name: '力争 capped at yellow (§4)',
      s: { status: 'behind', lag: 30, modality: 'aspirational' },
      colour: 'yellow',
    },
  ] as const)('$name', ({ s, colour }) => {
    const a = assessEscalation({ ...base, ...s }, DEFAULT_ESCALATION_RULES, today);
    expect(a?.colour ?? null).toBe(colour);
  });

  it('gives every reason in the report’s wording, worst colour wins', () => {
    const a = assessEscalation(
      { ...base, status: 'behind', lag: 21.7, reportOverdueDays: 3, deadline: '2024-10-03' },
      DEFAULT_ESCALATION_RULES,
      today,
    );
    expect(a?.colour).toBe('red');
    expect(a?.reasons.map((r) => r.zh)).toEqual([
      '进度报送逾期3天',
      '低于序时进度21.7个百分点',
      '距完成时限还有3天',
    ]);
  });

  it('follows configured thresholds', () => {
    const rules = { ...DEFAULT_ESCALATION_RULES, lagPoints: { yellow: 10, red: 30 } };
    expect(assessEscalation({ ...base, status: 'behind', lag: 8 }, rules, today)).toBeNull();
    expect(assessEscalation({ ...base, status: 'behind', lag: 25 }, rules, today)?.colour).toBe('yellow');
  });
});

describe('督办单 life cycle', () => {
  const behind: SupervisionSituation = { ...base, status: 'behind', lag: 5 };

  it('issues a yellow sheet with a 7-day response deadline', () => {
    const { issue, escalate } = reviewSheets([behind], [], today);
    expect(escalate).toEqual([]);
    expect(issue).toHaveLength(1);
    expect(issue[0]).toMatchObject({ colour: 'yellow', responseDeadline: '2024-10-07', state: 'open' });
    expect(issue[0]?.reasonsZh).toEqual(['低于序时进度5个百分点']);
  });

  it('does not issue a second sheet while one is open, but raises it when the target gets worse', () => {
    const [sheet] = reviewSheets([behind], [], today).issue;
    if (!sheet) throw new Error('no sheet');
    expect(reviewSheets([behind], [sheet], '2024-10-01')).toEqual({ issue: [], escalate: [], deferred: [] });
    const worse = reviewSheets([{ ...behind, lag: 12 }], [sheet], '2024-10-01');
    expect(worse.escalate.map((e) => [e.from, e.sheet.colour, e.sheet.responseDeadline])).toEqual([
      ['yellow', 'red', '2024-10-04'],
    ]);
  });

  it('raises an unanswered sheet one colour after its deadline (蓝 → 黄 → 红), never beyond red', () => {
    const [first] = reviewSheets([{ ...base, reportOverdueDays: 2 }], [], today).issue;
    if (!first) throw new Error('no sheet');
    let sheet: DubanSheet = first;
    expect(sheet.colour).toBe('blue');
    const colours: string[] = [sheet.colour];
    for (let i = 0; i < 3; i++) {
      const day = `2024-1${i}-2${i}`;
      const next: DubanSheet | undefined = reviewSheets([], [sheet], day).escalate[0]?.sheet;
      if (next) sheet = next;
      colours.push(sheet.colour);
    }
    expect(colours).toEqual(['blue', 'yellow', 'red', 'red']);
    expect(sheet.history.map((h) => h.event)).toEqual(['issued', 'escalated', 'escalated']);
  });

  it('is answered, returned, answered again and closed by the 督查室', () => {
    const [sheet] = reviewSheets([behind], [], today).issue;
    if (!sheet) throw new Error('no sheet');
    expect(closeSheet(sheet, '督查室', today, '')).toMatchObject({ ok: false, code: 'SHEET_NOT_RESPONDED' });
    expect(respondToSheet(sheet, '  ', '发改局', today)).toMatchObject({ ok: false, code: 'TEXT_REQUIRED' });
    const r1 = respondToSheet(sheet, '已制定整改方案，10月底前追上序时。', '发改局', '2024-10-02');
    if (!r1.ok) throw new Error(r1.message);
    expect(reviewSheets([], [r1.sheet], '2024-10-20').escalate).toEqual([]);
    const back = returnResponse(r1.sheet, '缺少具体措施', '2024-10-03');
    if (!back.ok) throw new Error(back.message);
    expect(back.sheet).toMatchObject({ state: 'open', responseDeadline: '2024-10-10' });
    const r2 = respondToSheet(back.sheet, '补充措施：新开工项目3个。', '发改局', '2024-10-08');
    if (!r2.ok) throw new Error(r2.message);
    const closed = closeSheet(r2.sheet, '督查室', '2024-10-09', '整改到位');
    if (!closed.ok) throw new Error(closed.message);
    expect(closed.sheet).toMatchObject({ state: 'closed', closedOn: '2024-10-09', closedBy: '督查室' });
    expect(closed.sheet.history.map((h) => h.event)).toEqual([
      'issued',
      'responded',
      'returned',
      'responded',
      'closed',
    ]);
    expect(respondToSheet(closed.sheet, '再反馈', '发改局', '2024-10-10')).toMatchObject({
      ok: false,
      code: 'SHEET_CLOSED',
    });
    // A closed sheet does not stop a new one when the target lags again.
    expect(reviewSheets([behind], [closed.sheet], '2024-11-01').issue).toHaveLength(1);
  });

  it('numbers sheets like an official document', () => {
    expect(sheetNumber(2024, 3)).toBe('督办〔2024〕3号');
  });
});

describe('situationOf', () => {
  it.each([
    [
      'growth short by 0.9',
      { method: 'growth', status: 'behind', gap: { value: -0.9, unit: '个百分点' } },
      'growth',
      0.9,
    ],
    [
      'cumulative short of 序时',
      { method: 'cumulative', status: 'behind', gap: { value: -21.7, unit: '个百分点' } },
      'cumulative',
      21.7,
    ],
    [
      'small count short in its own unit',
      { method: 'cumulative', status: 'behind', gap: { value: -1, unit: '家' } },
      'other',
      null,
    ],
    [
      'ahead',
      { method: 'cumulative', status: 'ahead', gap: { value: 12, unit: '个百分点' } },
      'cumulative',
      null,
    ],
  ] as const)('%s', (_name, judgement, lagKind, lag) => {
    const s = situationOf({ targetId: 1, departmentId: 2, judgement, reports: [], deadline: null });
    expect([s.lagKind, s.lag]).toEqual([lagKind, lag]);
  });

  it('takes the oldest missing report and no_data without a judgement', () => {
    const s = situationOf({
      targetId: 1,
      departmentId: 2,
      judgement: null,
      reports: [
        { state: 'missing', daysOverdue: 40 },
        { state: 'missing', daysOverdue: 9 },
        { state: 'late', daysOverdue: 60 },
      ],
      deadline: '2024-12-31',
    });
    expect(s).toMatchObject({ status: 'no_data', reportOverdueDays: 40, deadline: '2024-12-31' });
    expect(assessEscalation(s, DEFAULT_ESCALATION_RULES, '2024-10-01')?.colour).toBe('red');
  });
});
