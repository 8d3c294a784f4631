// Targets judged and presented, read in ONE statement (src/storage/repos/reads.ts) whatever the number of
// plans or targets; each target is judged once per request with its own plan's rule set.
import type { Target } from '../../shared/api/targets';
import type { RuleSet } from '../../shared/rules';
import type { Queryable } from '../../storage/db';
import { notFound } from '../../storage/errors';
import {
  type PlanReadRow,
  type PlanReads,
  type ReadFilter,
  readPlans,
  type TargetReadRow,
} from '../../storage/repos';
import { rulesOf } from '../judgement';
import { presentTarget, today } from '../presenters/target';

export interface JudgedTarget {
  row: TargetReadRow;
  target: Target;
}

export interface JudgedPlan {
  plan: PlanReadRow;
  rules: RuleSet;
  targets: JudgedTarget[];
}

/** Every read target judged as of `asOf`, in the read's order (plan, then text position). */
function judgeAll(reads: PlanReads, rules: Map<number, RuleSet>, asOf: string): JudgedTarget[] {
  const years = new Map(reads.plans.map((p) => [p.id, p.year]));
  return reads.targets.map(({ target, assignment }) => {
    const ctx = {
      names: reads.names,
      latest: reads.latest,
      asOf,
      rules: rules.get(target.planId)!,
      planYear: years.get(target.planId),
    };
    return { row: target, target: presentTarget(target, assignment, ctx) };
  });
}

/** Plans by id and/or status with all their targets judged as of `asOf` (default today). */
export async function judgePlans(
  q: Queryable,
  filter: { planIds?: number[]; status?: PlanReadRow['status'][] } = {},
  asOf: string = today(),
): Promise<JudgedPlan[]> {
  const reads = await readPlans(q, filter);
  const rules = new Map(reads.plans.map((p) => [p.id, rulesOf(p.regionRules)]));
  const byPlan = new Map<number, JudgedTarget[]>();
  for (const j of judgeAll(reads, rules, asOf)) {
    const list = byPlan.get(j.row.planId) ?? [];
    list.push(j);
    byPlan.set(j.row.planId, list);
  }
  return reads.plans.map((plan) => ({
    plan,
    rules: rules.get(plan.id)!,
    targets: byPlan.get(plan.id) ?? [],
  }));
}

/** One plan's judged targets; 404 when there is no such plan. */
export async function judgePlan(q: Queryable, planId: number, asOf?: string): Promise<JudgedPlan> {
  const [judged] = await judgePlans(q, { planIds: [planId] }, asOf);
  if (!judged) throw notFound('plan', planId);
  return judged;
}

/** Targets by id or lead department (optionally within plans), judged with their own plans' rule sets. */
export async function loadTargets(
  q: Queryable,
  filter: Extract<ReadFilter, { targetIds?: number[] }>,
  asOf: string = today(),
): Promise<JudgedTarget[]> {
  const reads = await readPlans(q, filter);
  return judgeAll(reads, new Map(reads.plans.map((p) => [p.id, rulesOf(p.regionRules)])), asOf);
}

export async function loadTarget(q: Queryable, id: number, asOf?: string): Promise<JudgedTarget> {
  const [one] = await loadTargets(q, { targetIds: [id] }, asOf);
  if (!one) throw notFound('target', id);
  return one;
}
