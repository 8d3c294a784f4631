// 督办单 wiring: situations from today's judgements and calendar (situationOf), the daily review (reviewSheets:
// issue and escalate), and storing the results (DOMAIN.md §1.4; docs/supervision.md "Wiring").
import {
  type Assessment,
  assessEscalation,
  DEFAULT_ESCALATION_RULES,
  type DubanColour,
  type EscalationRules,
  type SupervisionSituation,
  situationOf,
} from '../../domain/supervision/escalation';
import { issueSheet, reviewSheets, sheetNumber } from '../../domain/supervision/sheets';
import { AppError } from '../../shared/api/errors';
import type { Modality } from '../../shared/status';
import type { Queryable } from '../../storage/db';
import { insertSheet, listSheets, type StoredSheet, saveSheet } from '../../storage/repos/supervision';
import type { Audit } from '../../storage/write';
import { calendarStatuses, judgeAt, type PlanData } from './load';
import { currentPeriod } from './render';

/** One situation per target on `today`: the judgement of the current period and the target's report entries. */
export function situations(data: PlanData, today: string): SupervisionSituation[] {
  const entries = calendarStatuses(data, today);
  return judgeAt(data, currentPeriod(data, today)).map((j) =>
    situationOf({
      targetId: j.target.id,
      departmentId: j.assignment?.leadDepartmentId ?? null,
      judgement: j.judgement,
      reports: entries.filter((e) => e.targetId === j.target.id),
      deadline: j.assignment?.deadline ?? null,
      modality: j.target.modality as Modality,
    }),
  );
}

const COLOUR_ZH: Record<DubanColour, string> = { blue: '蓝色提醒', yellow: '黄色预警', red: '红色督办' };

/** A sheet issued by hand: the assessed colour and reasons, or the 督查室's own colour and reason. */
export function manualAssessment(
  situation: SupervisionSituation,
  today: string,
  colour: DubanColour | undefined,
  reason: string | undefined,
): Assessment {
  const assessed = assessEscalation(situation, DEFAULT_ESCALATION_RULES, today);
  if (!colour) {
    if (!assessed) {
      throw new AppError('INVALID_STATE', {
        zh: '该目标当前进度正常、报送及时,无需督办;如确需督办,请选择颜色并填写理由。',
        en: 'This target is on track and reported on time; choose a colour and give a reason to issue a sheet anyway.',
      });
    }
    return assessed;
  }
  const reasons = reason
    ? [{ code: 'behind' as const, colour, zh: reason }]
    : (assessed?.reasons ?? [{ code: 'behind' as const, colour, zh: COLOUR_ZH[colour] }]);
  return { colour, reasons };
}

export const numberOf = (year: number, seq: number) => sheetNumber(year, seq);

/** Issues a sheet for one target (409 when it already has one that is not closed). */
export async function issueFor(
  q: Queryable,
  audit: Audit,
  data: PlanData,
  targetId: number,
  today: string,
  opts: { colour?: DubanColour; reason?: string; responseDeadline?: string; userId: number | null },
): Promise<StoredSheet> {
  const s = situations(data, today).find((x) => x.targetId === targetId);
  if (!s) throw new AppError('NOT_FOUND');
  const [open] = await listSheets(q, { targetId, state: 'active' });
  if (open) {
    throw new AppError('ALREADY_EXISTS', {
      zh: `该目标已有未办结的督办单 ${open.row.number}。`,
      en: `This target already has an open sheet ${open.row.number}.`,
    });
  }
  const sheet = issueSheet(s, manualAssessment(s, today, opts.colour, opts.reason), today);
  if (opts.responseDeadline) sheet.responseDeadline = opts.responseDeadline;
  return insertSheet(q, audit, data.plan.id, sheet, numberOf, opts.userId);
}

/**
 * The daily review of a plan: issue sheets for targets that deserve one, within the day's bounds of the region's
 * rule set (`sheets`, counting what was issued today, closed or not), and escalate open ones.
 */
export async function reviewPlanSheets(
  q: Queryable,
  audit: Audit,
  data: PlanData,
  today: string,
  userId: number | null,
): Promise<{ issued: StoredSheet[]; escalated: StoredSheet[]; deferred: number[] }> {
  const stored = await listSheets(q, { planId: data.plan.id, state: 'active' });
  const closedToday = (await listSheets(q, { planId: data.plan.id, state: 'closed', issuedOn: today })).map(
    (s) => s.sheet,
  );
  const rules: EscalationRules = {
    ...DEFAULT_ESCALATION_RULES,
    maxNewSheetsPerDay: data.rules.sheets.maxNewPerDay,
    maxNewSheetsPerDepartmentPerDay: data.rules.sheets.maxNewPerDepartmentPerDay,
  };
  const review = reviewSheets(
    situations(data, today),
    [...stored.map((s) => s.sheet), ...closedToday],
    today,
    rules,
  );
  const issued: StoredSheet[] = [];
  for (const sheet of review.issue)
    issued.push(await insertSheet(q, audit, data.plan.id, sheet, numberOf, userId));
  const escalated: StoredSheet[] = [];
  for (const { sheet } of review.escalate) {
    const before = stored.find((s) => s.row.id === sheet.id)!;
    escalated.push(await saveSheet(q, audit, before, sheet, undefined, 'escalate', userId));
  }
  return { issued, escalated, deferred: review.deferred };
}
