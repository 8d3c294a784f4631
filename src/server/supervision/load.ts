// Loads one plan with everything the supervision cycle needs (targets, assignments, progress, department names,
// reporting rule) and judges it at a period or computes the calendar, by calling the domain only
// (src/domain/judge, src/domain/supervision; docs/supervision.md "Wiring").

import type { Judgement as DomainJudgement } from '../../domain/judge';
import { judgeTarget } from '../../domain/judge';
import { parsePeriodId, periodId } from '../../domain/period';
import { buildCalendar, type EntryStatus, entryStatuses } from '../../domain/supervision/calendar';
import { AppError } from '../../shared/api/errors';
import type { RuleSet } from '../../shared/rules';
import type { Queryable } from '../../storage/db';
import { periodEnd } from '../../storage/period';
import {
  getPlan,
  getRegion,
  listDepartments,
  listProgress,
  listTargets,
  planTree,
} from '../../storage/repos';
import { getPlanReporting, type PlanReporting } from '../../storage/repos/supervision-calendar';
import type {
  AssignmentRow,
  PlanRow,
  ProgressRow,
  RegionRow,
  SectionRow,
  TargetRow,
  TaskRow,
} from '../../storage/schema';
import { domainProgress, domainTarget, rulesOf } from '../judgement';

export interface PlanData {
  plan: PlanRow & { regionName: string; regionLevel: RegionRow['level'] };
  rules: RuleSet;
  sections: SectionRow[];
  tasks: TaskRow[];
  targets: Array<{ target: TargetRow; assignment: AssignmentRow | null }>;
  names: Map<number, string>;
  progress: ProgressRow[];
  reporting: PlanReporting;
}

export async function loadPlanData(q: Queryable, planId: number): Promise<PlanData> {
  const plan = await getPlan(q, planId);
  const [region, tree, targets, depts, progress, reporting] = await Promise.all([
    getRegion(q, plan.regionId),
    planTree(q, planId),
    listTargets(q, { planId }),
    listDepartments(q),
    listProgress(q, { planId }),
    getPlanReporting(q, planId),
  ]);
  return {
    plan,
    rules: rulesOf(region.rules),
    sections: tree.sections,
    tasks: tree.tasks,
    targets,
    names: new Map(depts.map((d) => [d.id, d.name])),
    progress,
    reporting,
  };
}

/** The area ((一) heading) a target sits in, else its part; null when outside any section. */
export function areaTitle(data: PlanData, t: TargetRow): string | null {
  const s = data.sections.find((x) => x.id === t.sectionId);
  return s?.title ?? null;
}

export function taskTitle(data: PlanData, t: TargetRow): string {
  return (data.tasks.find((x) => x.id === t.taskId)?.title ?? t.span).replace(/\s+/g, '');
}

export function departmentName(data: PlanData, id: number | null | undefined): string {
  return id ? (data.names.get(id) ?? `#${id}`) : '';
}

/** A valid period id of the plan's year, or a 400 with a clear message. */
export function checkPeriod(data: PlanData, period: string): string {
  const p = parsePeriodId(period);
  if (!p) {
    throw new AppError('VALIDATION_FAILED', {
      zh: `报告期“${period}”无效,应为 YYYY-MM、YYYY-Qn、YYYY-H1/H2 或 YYYY。`,
      en: `Period "${period}" is not valid; use YYYY-MM, YYYY-Qn, YYYY-H1/H2 or YYYY.`,
    });
  }
  if (p.year !== data.plan.year) {
    throw new AppError('VALIDATION_FAILED', {
      zh: `报告期 ${period} 不在计划年度 ${data.plan.year} 内。`,
      en: `Period ${period} is outside the plan year ${data.plan.year}.`,
    });
  }
  return periodId(p);
}

/** The latest approved report of a target whose period ends on or before `end`. */
export function approvedBy(data: PlanData, targetId: number, end: string): ProgressRow | undefined {
  let best: ProgressRow | undefined;
  for (const r of data.progress) {
    if (r.targetId !== targetId || r.status !== 'approved' || r.periodEnd > end) continue;
    if (!best || r.periodEnd > best.periodEnd || (r.periodEnd === best.periodEnd && r.id > best.id)) best = r;
  }
  return best;
}

export interface JudgedAt {
  target: TargetRow;
  assignment: AssignmentRow | null;
  latest: ProgressRow | undefined;
  judgement: DomainJudgement | null;
  sentenceZh: string;
}

/** Every target judged with the approved figures up to the end of `period` (DOMAIN.md §3.2). */
export function judgeAt(data: PlanData, period: string): JudgedAt[] {
  const end = periodEnd(period)!;
  return data.targets.map(({ target, assignment }) => {
    const latest = approvedBy(data, target.id, end);
    // The same reading of a report as the target list's (verdicts included), at the end of `period`.
    const progress = domainProgress(target, latest, parsePeriodId(period)!);
    try {
      const j = judgeTarget(domainTarget(target, assignment), progress, data.rules);
      return { target, assignment, latest, judgement: j, sentenceZh: j.sentence.zh };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { target, assignment, latest, judgement: null, sentenceZh: `无法判定:${why}` };
    }
  });
}

/** The plan's reporting calendar with each entry's state on `today` (a local date). */
export function calendarStatuses(data: PlanData, today: string): EntryStatus[] {
  const entries = buildCalendar(
    data.targets.map(({ target, assignment }) => ({
      targetId: target.id,
      departmentId: assignment?.leadDepartmentId ?? null,
    })),
    { year: data.plan.year, rule: data.reporting.rule, overrides: data.reporting.overrides },
  );
  const records = data.progress.map((r) => ({
    targetId: r.targetId,
    period: r.period,
    status: r.status,
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
  }));
  return entryStatuses(entries, records, today);
}
