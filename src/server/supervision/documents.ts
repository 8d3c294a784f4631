// Office documents of a stored plan: 通报, year-end review, 台账 .xlsx, CSV/JSON and StratML, by mapping the
// loaded plan onto the pure generators (src/domain/supervision, src/server/office; docs/supervision.md "Wiring").

import { parsePeriodId, periodStartMonth } from '../../domain/period';
import { type Bulletin, type BulletinInput, composeBulletin } from '../../domain/supervision/bulletin';
import { departmentDueSummary } from '../../domain/supervision/calendar';
import type { LedgerRow } from '../../domain/supervision/ledger';
import { composeReview, type ReviewItem, type ReviewText } from '../../domain/supervision/review';
import { inferDecrease } from '../../domain/target';
import { COMPARATORS, type Comparator, type TargetType } from '../../shared/status';
import { periodEnd } from '../../storage/period';
import type { TargetRow } from '../../storage/schema';
import type { ProgressExportRow, TargetExportRow } from '../office/csv';
import type { StratmlGoal, StratmlIndicator, StratmlPlan } from '../office/stratml';
import {
  approvedBy,
  areaTitle,
  calendarStatuses,
  departmentName,
  judgeAt,
  type PlanData,
  taskTitle,
} from './load';

/** The government of the plan's region: "鹤壁市鹤山区人民政府"; the national plan's is the 国务院. */
export function governmentOf(data: PlanData): string {
  return data.plan.regionLevel === 'national' ? '国务院' : `${data.plan.regionName}人民政府`;
}

/** The region as a title names it ("鹤壁市鹤山区2024年…"); the national plan's titles need none ("2024年…"). */
export function titlePlace(data: PlanData): string {
  return data.plan.regionLevel === 'national' ? '' : data.plan.regionName;
}

/** The 督查室 of the plan's region: "鹤壁市鹤山区人民政府督查室"; the national one is 国务院办公厅督查室. */
export function issuerOf(data: PlanData): string {
  return data.plan.regionLevel === 'national' ? '国务院办公厅督查室' : `${governmentOf(data)}督查室`;
}

export interface BulletinOptions {
  period: string;
  issuedOn: string;
  seq: number;
}

/** The 通报 of a period: judgements at the period's end, on-time rates of reports due by then. */
export function bulletinOf(data: PlanData, o: BulletinOptions): Bulletin {
  const end = periodEnd(o.period)!;
  const items = judgeAt(data, o.period).map((j) => {
    const lead = j.assignment?.leadDepartmentId ?? null;
    return {
      targetId: j.target.id,
      indicator: j.target.indicator,
      area: areaTitle(data, j.target),
      departmentId: lead,
      departmentName: lead ? departmentName(data, lead) : null,
      status: j.judgement?.status ?? 'no_data',
      sentenceZh: j.sentenceZh,
      gap: j.judgement?.gap?.value ?? null,
    } satisfies BulletinInput['items'][number];
  });
  // Reports due by the period's end, judged on the issue day (or the period's end when issued later).
  const today = [o.issuedOn, end].sort()[0]!;
  const due = calendarStatuses(data, today).filter((e) => e.dueDate <= end);
  const reporting = departmentDueSummary(due)
    .filter((d): d is typeof d & { departmentId: number } => d.departmentId !== null)
    .map((d) => ({
      departmentId: d.departmentId,
      name: departmentName(data, d.departmentId),
      onTimeRate: d.onTimeRate,
    }));
  return composeBulletin({
    issuer: issuerOf(data),
    year: data.plan.year,
    period: o.period,
    issuedOn: o.issuedOn,
    number: { year: Number(o.issuedOn.slice(0, 4)), seq: o.seq },
    items,
    reporting,
  });
}

const YEAR_END_MONTH = '-12-31';

/** One review item per quantified target: the approved full-year figure, 预计 when the report says so. */
export function reviewItems(data: PlanData): ReviewItem[] {
  const yearEnd = `${data.plan.year}${YEAR_END_MONTH}`;
  const judged = new Map(judgeAt(data, String(data.plan.year)).map((j) => [j.target.id, j]));
  return data.targets
    .filter(({ target }) => target.kind === 'target')
    .map(({ target }) => {
      const r = approvedBy(data, target.id, yearEnd);
      const full = r && r.periodEnd === yearEnd ? r : undefined;
      const figure = (x: typeof r) => (x ? (target.type === 'growth' ? (x.yoy ?? x.value) : x.value) : null);
      const actual = figure(full);
      // Only part of the year approved (1–10月): said in the table, not judged (the judgement needs the full year).
      const partialValue = full ? null : figure(r);
      const partial =
        r && partialValue !== null
          ? { month: Number(r.periodEnd.slice(5, 7)), value: partialValue }
          : undefined;
      const status = judged.get(target.id)?.judgement?.status;
      return {
        targetId: target.id,
        indicator: target.indicator,
        area: areaTitle(data, target),
        type: target.type as TargetType,
        comparator: target.comparator as Comparator,
        unit: target.unit,
        target: target.value,
        actual,
        // 预计: the 人代会 meets before final statistics exist (DOMAIN.md §1.6).
        estimate: !!full && /预计/.test(`${full.progress}${full.stage ?? ''}`),
        ...(inferDecrease(target.indicator) ? { decrease: true } : {}),
        ...(full && status ? { status } : {}),
        // Any approved report in the year; none → 未报送进展, counted neither as met nor as judged.
        reported: !!r,
        ...(partial ? { partial } : {}),
      };
    });
}

export function reviewOf(data: PlanData): ReviewText {
  return composeReview({ year: data.plan.year, items: reviewItems(data) });
}

export function reviewTitle(data: PlanData): string {
  return `${titlePlace(data)}${data.plan.year}年《政府工作报告》目标任务完成情况`;
}

/** "9500亩以上", "7%左右": value, unit and the comparator's word. */
export function quantText(t: TargetRow): string {
  if (t.value === null) return '';
  const n = `${Number(t.value.toFixed(4))}${t.unit}`;
  const word: Partial<Record<Comparator, string>> = {
    '>=': '以上',
    '>': '以上',
    '<=': '以内',
    '<': '以内',
    '~': '左右',
  };
  return `${n}${word[t.comparator as Comparator] ?? ''}`;
}

/** The 分解表/台账: one row per target, status as judged today. */
export function ledgerRows(data: PlanData, asOfPeriod: string): LedgerRow[] {
  return judgeAt(data, asOfPeriod).map((j, i) => {
    const a = j.assignment;
    return {
      seq: String(i + 1),
      category: areaTitle(data, j.target) ?? '',
      task: taskTitle(data, j.target),
      quantTarget: j.target.kind === 'target' ? quantText(j.target) || j.target.span : '',
      leadLeader: a?.leadLeader ?? '',
      leadUnit: departmentName(data, a?.leadDepartmentId),
      cooperatingUnits: (a?.cooperatingDepartmentIds ?? []).map((id) => departmentName(data, id)),
      deadlineText: a?.deadlineText || a?.deadline || '',
      latestProgress: j.latest?.progress ?? '',
      status: j.judgement?.status ?? null,
    };
  });
}

export function targetExportRows(data: PlanData, asOfPeriod: string): TargetExportRow[] {
  return judgeAt(data, asOfPeriod).map((j) => {
    const a = j.assignment;
    return {
      targetId: j.target.id,
      area: areaTitle(data, j.target) ?? '',
      task: taskTitle(data, j.target),
      indicator: j.target.indicator,
      comparator: j.target.comparator as Comparator,
      value: j.target.value,
      unit: j.target.unit,
      type: j.target.type as TargetType,
      modality: j.target.modality as TargetExportRow['modality'],
      leadUnit: departmentName(data, a?.leadDepartmentId),
      cooperatingUnits: (a?.cooperatingDepartmentIds ?? []).map((id) => departmentName(data, id)),
      deadline: a?.deadlineText || a?.deadline || '',
      latestPeriod: j.latest?.period ?? null,
      latestValue: j.latest?.value ?? null,
      latestYoy: j.latest?.yoy ?? null,
      status: j.judgement?.status ?? null,
      sentence: j.sentenceZh,
    };
  });
}

export function progressExportRows(data: PlanData): ProgressExportRow[] {
  const indicator = new Map(data.targets.map(({ target }) => [target.id, target.indicator]));
  return [...data.progress]
    .sort((a, b) => a.targetId - b.targetId || a.periodEnd.localeCompare(b.periodEnd) || a.id - b.id)
    .map((r) => ({
      targetId: r.targetId,
      indicator: indicator.get(r.targetId) ?? '',
      period: r.period,
      value: r.value,
      yoy: r.yoy,
      status: r.status,
      progress: r.progress,
      problems: r.problems,
      nextSteps: r.nextSteps,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
    }));
}

function periodStart(period: string): string {
  const p = parsePeriodId(period)!;
  return `${p.year}-${String(periodStartMonth(p)).padStart(2, '0')}-01`;
}

/** Areas → Goal, tasks → Objective (lead and cooperating units), targets → PerformanceIndicator. */
export function stratmlPlan(data: PlanData, today: string): StratmlPlan {
  const year = data.plan.year;
  const goals = new Map<string, StratmlGoal>();
  for (const { target, assignment } of data.targets) {
    const area = areaTitle(data, target) ?? '其他';
    const goal = goals.get(area) ?? { title: area, objectives: [] };
    goals.set(area, goal);
    const title = taskTitle(data, target);
    let objective = goal.objectives.find((o) => o.title === title);
    if (!objective) {
      objective = {
        title,
        ...(assignment?.leadDepartmentId
          ? { leadUnit: departmentName(data, assignment.leadDepartmentId) }
          : {}),
        cooperatingUnits: (assignment?.cooperatingDepartmentIds ?? []).map((id) => departmentName(data, id)),
        indicators: [],
      };
      goal.objectives.push(objective);
    }
    const indicator: StratmlIndicator = {
      targetId: target.id,
      indicator: target.indicator,
      unit: target.type === 'growth' ? '%' : target.unit,
      quantitative: target.kind === 'target' && target.value !== null,
      target: {
        value: target.value,
        description: `${target.span}(${COMPARATORS[target.comparator as Comparator]?.zh ?? target.comparator})`,
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
      },
      actuals: data.progress
        .filter((r) => r.targetId === target.id && r.status === 'approved')
        .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
        .map((r) => ({
          value: target.type === 'growth' ? (r.yoy ?? r.value) : r.value,
          description: r.progress || r.period,
          startDate: periodStart(r.period),
          endDate: r.periodEnd,
        })),
    };
    objective.indicators.push(indicator);
  }
  return {
    id: data.plan.id,
    title: data.plan.title,
    year,
    organization: { name: governmentOf(data) },
    publicationDate: today,
    goals: [...goals.values()],
  };
}
