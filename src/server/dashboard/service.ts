// The dashboard of one plan (the 通报 pattern, DOMAIN.md §1.4): judged once, rolled up by the domain's
// roll-up (src/domain/rollup: counts, 双过半) by area and by lead department, main targets and lagging items.
import { type RollupItem, rollupPlan, UNGROUPED } from '../../domain/rollup';
import { timeProgress } from '../../domain/time-progress';
import type { Dashboard } from '../../shared/api/dashboard';
import type { Target } from '../../shared/api/targets';
import { STATUS } from '../../shared/status';
import type { Queryable } from '../../storage/db';
import { sectionTitles } from '../../storage/repos';
import { asOfPeriod } from '../judgement';
import { presentPlanSummary } from '../presenters/plan';
import { judgePlan } from '../targets/load';

/** What the roll-up needs of a judged target; ids as keys so groups map back to sections and departments. */
function rollupItem(t: Target): RollupItem {
  const j = t.judgement;
  return {
    ...(t.sectionId ? { area: String(t.sectionId) } : {}),
    ...(t.assignment?.lead ? { lead: String(t.assignment.lead.id) } : {}),
    status: j.status,
    colour: j.colour,
    ...(t.assignment?.deadline ? { deadline: t.assignment.deadline } : {}),
    ...(j.doubleHalf !== undefined ? { doubleHalf: j.doubleHalf } : {}),
  };
}

/** Worst status first, then the larger shortfall. */
function worstFirst(a: Target, b: Target): number {
  return (
    STATUS[b.judgement.status].order - STATUS[a.judgement.status].order ||
    (a.judgement.gap ?? 0) - (b.judgement.gap ?? 0)
  );
}

function isLagging(t: Target): boolean {
  return (
    t.judgement.status === 'behind' || (t.judgement.status === 'not_started' && t.judgement.colour === 'red')
  );
}

export async function buildDashboard(q: Queryable, planId: number, asOf: string): Promise<Dashboard> {
  const [{ plan, rules, targets: judged }, titles] = await Promise.all([
    judgePlan(q, planId, asOf),
    sectionTitles(q, planId),
  ]);
  const targets = judged.map((j) => j.target);
  const mains = judged.filter((j) => j.row.main).map((j) => j.target);
  const roll = rollupPlan(targets.map(rollupItem), asOf);
  const names = new Map(
    targets.flatMap((t) => (t.assignment?.lead ? [[t.assignment.lead.id, t.assignment.lead.name]] : [])),
  );
  return {
    plan: presentPlanSummary(plan, roll.plan.byStatus),
    asOf,
    // 序时进度 = months elapsed ÷ 12, or the region's schedule (DOMAIN.md §3.2), within the plan's own year:
    // nothing has elapsed before it, all of it after.
    timeProgress:
      Number(asOf.slice(0, 4)) < plan.year
        ? 0
        : timeProgress(asOfPeriod(asOf, plan.year), { schedule: rules.schedule }) / 100,
    mainTargets: mains.length > 0 ? mains : targets.filter((t) => t.kind === 'target').slice(0, 12),
    counts: roll.plan.byStatus,
    byArea: roll.byArea.map((g) => {
      const sectionId = g.key === UNGROUPED.area ? null : Number(g.key);
      return { sectionId, title: (sectionId && titles.get(sectionId)) || '未归类', counts: g.tally.byStatus };
    }),
    byDepartment: roll.byDepartment
      .filter((g) => g.key !== UNGROUPED.lead)
      .map((g) => ({
        departmentId: Number(g.key),
        name: names.get(Number(g.key)) ?? `#${g.key}`,
        counts: g.tally.byStatus,
      })),
    lagging: targets.filter(isLagging).sort(worstFirst),
    doubleHalf: roll.plan.doubleHalf,
  };
}
