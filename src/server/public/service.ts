// A published plan's public items: published targets, their lead unit and approved progress only (DOMAIN.md §5).
import type { PublicPlan } from '../../shared/api/public';
import type { Queryable } from '../../storage/db';
import { readPlans } from '../../storage/repos';
import { emptyCounts, presentPlanSummary } from '../presenters/plan';

/** A published plan with its published items; undefined when there is no such published plan. */
export async function publicPlan(q: Queryable, planId: number): Promise<PublicPlan | undefined> {
  const reads = await readPlans(q, { planIds: [planId], status: ['published'] });
  const [plan] = reads.plans;
  if (!plan) return undefined;
  const { counts: _c, ...summary } = presentPlanSummary(plan, emptyCounts());
  const items = reads.targets
    .filter((r) => r.target.published)
    .map(({ target: t, assignment: a }) => {
      const l = reads.latest.get(t.id);
      return {
        id: t.id,
        indicator: t.indicator,
        span: t.span,
        comparator: t.comparator,
        value: t.value,
        unit: t.unit,
        lead: a?.leadDepartmentId ? (reads.names.get(a.leadDepartmentId) ?? null) : null,
        latest: l ? { period: l.period, value: l.value, yoy: l.yoy, progress: l.progress } : null,
      };
    });
  return { ...summary, items };
}
