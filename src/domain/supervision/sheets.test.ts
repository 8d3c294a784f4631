// The daily 督办单 review's bounds (docs/supervision.md): one open sheet per target, at most N new sheets a day
// per plan and M per department, worst first, counting what was already issued today.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_RULES, type EscalationRules, type SupervisionSituation } from './escalation';
import { type DubanSheet, reviewSheets } from './sheets';

const today = '2024-10-10';

/** A target whose report is `overdue` days late (1 → 蓝, 8 → 黄, 15 → 红) in department `dept`. */
const late = (targetId: number, dept: number | null, overdue = 20): SupervisionSituation => ({
  targetId,
  departmentId: dept,
  status: 'no_data',
  lag: null,
  lagKind: 'other',
  reportOverdueDays: overdue,
  deadline: null,
});

const rules = (perDay: number, perDepartment: number): EscalationRules => ({
  ...DEFAULT_ESCALATION_RULES,
  maxNewSheetsPerDay: perDay,
  maxNewSheetsPerDepartmentPerDay: perDepartment,
});

/** A stored sheet for a target, issued on `on`, in `state`. */
function stored(targetId: number, dept: number | null, on: string, state: DubanSheet['state'] = 'open') {
  const [sheet] = reviewSheets([late(targetId, dept)], [], on, rules(1, 1)).issue;
  if (!sheet) throw new Error('no sheet');
  return { ...sheet, state };
}

// Thirty missing reports: departments 1–5 have six targets each (targets 1–30, department = ceil(id / 6)).
const thirty = Array.from({ length: 30 }, (_, i) => late(i + 1, Math.ceil((i + 1) / 6)));

describe('daily review bounds', () => {
  it.each([
    {
      name: 'the defaults (20 a day, 3 per department)',
      r: DEFAULT_ESCALATION_RULES,
      issued: 15,
      deferred: 15,
    },
    { name: 'a plan cap below the department caps', r: rules(4, 3), issued: 4, deferred: 26 },
    { name: 'one per department', r: rules(20, 1), issued: 5, deferred: 25 },
    { name: 'generous bounds', r: rules(100, 10), issued: 30, deferred: 0 },
    { name: 'no automatic sheets (0)', r: rules(0, 3), issued: 0, deferred: 30 },
  ])('issues within $name', ({ r, issued, deferred }) => {
    const review = reviewSheets(thirty, [], today, r);
    expect([review.issue.length, review.deferred.length]).toEqual([issued, deferred]);
    const perDept = new Map<number | null, number>();
    for (const s of review.issue) perDept.set(s.departmentId, (perDept.get(s.departmentId) ?? 0) + 1);
    expect(Math.max(0, ...perDept.values())).toBeLessThanOrEqual(r.maxNewSheetsPerDepartmentPerDay);
  });

  it('issues the worst first: red before yellow before blue, then the longest overdue', () => {
    const mixed = [late(1, 1, 1), late(2, 2, 9), late(3, 3, 30), late(4, 4, 16), late(5, 5, 8)];
    const review = reviewSheets(mixed, [], today, rules(3, 3));
    expect(review.issue.map((s) => [s.targetId, s.colour])).toEqual([
      [3, 'red'],
      [4, 'red'],
      [2, 'yellow'],
    ]);
    expect(review.deferred).toEqual([5, 1]);
  });

  it('counts the sheets already issued today, closed ones included, so a second run adds none', () => {
    const first = reviewSheets(thirty, [], today, rules(4, 3));
    const again = reviewSheets(thirty, first.issue, today, rules(4, 3));
    expect([again.issue.length, again.deferred.length]).toEqual([0, 26]);
    const closedToday = stored(99, 1, today, 'closed');
    expect(reviewSheets([late(1, 1), late(2, 2)], [closedToday], today, rules(1, 3)).issue).toEqual([]);
  });

  it('counts a department’s sheets issued today against its own bound only', () => {
    const earlier = [stored(90, 1, today), stored(91, 1, today), stored(92, 2, '2024-10-01')];
    const review = reviewSheets(thirty.slice(0, 12), earlier, today, rules(20, 2));
    const byDept = review.issue.map((s) => s.departmentId);
    expect([byDept.filter((d) => d === 1).length, byDept.filter((d) => d === 2).length]).toEqual([0, 2]);
  });

  it('issues the deferred targets on later days, never a second sheet for a target with one open', () => {
    let sheets: DubanSheet[] = [];
    const perDay: number[] = [];
    for (const day of ['2024-10-10', '2024-10-11', '2024-10-12', '2024-10-13', '2024-10-14']) {
      const review = reviewSheets(thirty, sheets, day, rules(10, 3));
      perDay.push(review.issue.length);
      sheets = [...sheets, ...review.issue];
    }
    const targets = sheets.map((s) => s.targetId);
    expect(perDay).toEqual([10, 10, 6, 4, 0]);
    expect(new Set(targets).size).toBe(30);
  });

  it('issues one sheet for a target listed twice', () => {
    expect(reviewSheets([late(7, 1), late(7, 1)], [], today).issue).toHaveLength(1);
  });

  it('groups unassigned targets as one department', () => {
    const unassigned = [late(1, null), late(2, null), late(3, null), late(4, null)];
    expect(reviewSheets(unassigned, [], today, rules(20, 3)).issue).toHaveLength(3);
  });
});
