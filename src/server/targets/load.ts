// Loads targets with their assignment, latest approved progress and judgement, ready to present.
import type { Target } from '../../shared/api/targets';
import type { Queryable } from '../../storage/db';
import { notFound } from '../../storage/errors';
import { getRegion, latestApproved, listDepartments, listTargets, planRegions } from '../../storage/repos';
import type { TargetRow } from '../../storage/schema';
import { rulesOf } from '../judgement';
import { departmentNames, presentTarget, type TargetContext, today } from '../presenters/target';

export interface JudgedTarget {
  row: TargetRow;
  target: Target;
}

/** Context for presenting targets of one region's plans. */
export async function targetContext(
  q: Queryable,
  regionId: number,
  ids: number[],
  asOf?: string,
): Promise<TargetContext> {
  const [region, depts, latest] = await Promise.all([
    getRegion(q, regionId),
    listDepartments(q),
    latestApproved(q, ids),
  ]);
  return { names: departmentNames(depts), latest, asOf: asOf ?? today(), rules: rulesOf(region.rules) };
}

export async function loadTargets(
  q: Queryable,
  filter: { planId?: number; ids?: number[]; leadDepartmentId?: number },
  asOf?: string,
): Promise<JudgedTarget[]> {
  const rows = await listTargets(q, filter);
  if (rows.length === 0) return [];
  const regionByPlan = await planRegions(q, [...new Set(rows.map((r) => r.target.planId))]);
  const ctxByRegion = new Map<number, TargetContext>();
  const ids = rows.map((r) => r.target.id);
  for (const regionId of new Set(regionByPlan.values())) {
    ctxByRegion.set(regionId, await targetContext(q, regionId, ids, asOf));
  }
  return rows.map(({ target, assignment }) => ({
    row: target,
    target: presentTarget(target, assignment, ctxByRegion.get(regionByPlan.get(target.planId)!)!),
  }));
}

export async function loadTarget(q: Queryable, id: number, asOf?: string): Promise<JudgedTarget> {
  const [one] = await loadTargets(q, { ids: [id] }, asOf);
  if (!one) throw notFound('target', id);
  return one;
}
