// Plan reads behind the /api/plans handlers: summaries with status counts (judged in one batch for all plans)
// and the source text with highlights.
import type { PlanSource, PlanSummary } from '../../shared/api/plans';
import type { Queryable } from '../../storage/db';
import { getPlan, listActuals, listTargets } from '../../storage/repos';
import type { PlanRow } from '../../storage/schema';
import { countStatuses, presentPlanSummary } from '../presenters/plan';
import { judgePlans } from '../targets/load';

/** Plan summaries with today's status counts; every plan's targets judged in one batch. */
export async function planSummaries(
  q: Queryable,
  only?: PlanRow['status'][],
  ids?: number[],
): Promise<PlanSummary[]> {
  const judged = await judgePlans(q, { ...(only ? { status: only } : {}), ...(ids ? { planIds: ids } : {}) });
  return judged.map(({ plan, targets }) =>
    presentPlanSummary(plan, countStatuses(targets.map((t) => t.target.judgement.status))),
  );
}

/** The report's text with its targets and review-part actuals highlighted, in text order. */
export async function planSource(q: Queryable, planId: number): Promise<PlanSource> {
  const plan = await getPlan(q, planId);
  const [targets, actuals] = await Promise.all([
    listTargets(q, { planId: plan.id }),
    listActuals(q, plan.id),
  ]);
  const highlights = [
    ...targets.map(({ target: t }) => ({
      targetId: t.id,
      actualId: null,
      start: t.start,
      end: t.end,
      kind: t.kind === 'qualitative' ? ('qualitative' as const) : ('target' as const),
    })),
    ...actuals.map((a) => ({
      targetId: null,
      actualId: a.id,
      start: a.start,
      end: a.end,
      kind: 'actual' as const,
    })),
  ].sort((a, b) => a.start - b.start);
  return { text: plan.sourceText, highlights, warnings: plan.warnings };
}
