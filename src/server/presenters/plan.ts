// Stored plan rows → API JSON.
import type { Counts } from '../../shared/api/common';
import type { Actual, PlanDetail, PlanSummary } from '../../shared/api/plans';
import type { PlanListRow } from '../../storage/repos';
import type { ActualRow, PlanRow, SectionRow, TaskRow } from '../../storage/schema';

export function emptyCounts(): Counts {
  return { completed: 0, ahead: 0, on_track: 0, behind: 0, not_started: 0, no_data: 0 };
}

export function countStatuses(statuses: Iterable<keyof Counts>): Counts {
  const c = emptyCounts();
  for (const s of statuses) c[s] += 1;
  return c;
}

/** Any plan row with its region and row counts (a plan list row or a judged read). */
export type PlanSummaryRow = Pick<
  PlanListRow,
  'id' | 'title' | 'year' | 'regionId' | 'regionName' | 'status' | 'targets' | 'actuals'
>;

export function presentPlanSummary(p: PlanSummaryRow, counts: Counts): PlanSummary {
  return {
    id: p.id,
    title: p.title,
    year: p.year,
    region: { id: p.regionId, name: p.regionName },
    status: p.status,
    counts: { ...counts, targets: p.targets, actuals: p.actuals },
  };
}

export function presentPlanDetail(
  plan: PlanRow & { regionName: string },
  tree: { sections: SectionRow[]; tasks: TaskRow[] },
): PlanDetail {
  return {
    id: plan.id,
    title: plan.title,
    year: plan.year,
    reviewYear: plan.reviewYear,
    region: { id: plan.regionId, name: plan.regionName },
    status: plan.status,
    sourceHash: plan.sourceHash,
    sections: tree.sections.map((s) => ({
      id: s.id,
      level: s.level,
      ordinal: s.ordinal,
      title: s.title,
      role: s.role,
      start: s.start,
      end: s.end,
    })),
    tasks: tree.tasks.map((t) => ({
      id: t.id,
      sectionId: t.sectionId,
      title: t.title,
      start: t.start,
      end: t.end,
    })),
    warnings: plan.warnings,
    version: plan.version,
  };
}

export function presentActual(a: ActualRow): Actual {
  return {
    id: a.id,
    indicator: a.indicator,
    comparator: a.comparator,
    value: a.value,
    unit: a.unit,
    ratioToPlan: a.ratioToPlan,
    yoyPct: a.yoyPct,
    span: a.span,
    start: a.start,
    end: a.end,
    previousTargetId: a.previousTargetId,
  };
}
