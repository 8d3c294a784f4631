// Stored plan rows → API JSON.
import type { Counts } from '../../shared/api/common';
import type { PlanSummary } from '../../shared/api/plans';
import type { PlanListRow } from '../../storage/repos';

export function emptyCounts(): Counts {
  return { completed: 0, ahead: 0, on_track: 0, behind: 0, not_started: 0, no_data: 0 };
}

export function countStatuses(statuses: Iterable<keyof Counts>): Counts {
  const c = emptyCounts();
  for (const s of statuses) c[s] += 1;
  return c;
}

export function presentPlanSummary(p: PlanListRow, counts: Counts): PlanSummary {
  return {
    id: p.id,
    title: p.title,
    year: p.year,
    region: { id: p.regionId, name: p.regionName },
    status: p.status,
    counts: { ...counts, targets: p.targets, actuals: p.actuals },
  };
}
