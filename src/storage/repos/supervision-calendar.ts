// A plan's reporting rule and per-target overrides (DOMAIN.md §1.3 cadence: monthly "每月25日前", quarterly
// "每季度末", half-year and year-end self-checks), as the domain's ReportingRule.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { DEFAULT_REPORTING_RULE, type ReportingRule } from '../../domain/supervision/calendar';
import type { Queryable } from '../db';
import { versionConflict } from '../errors';
import { type ReportingRuleRow, reportingRules } from '../schema-supervision';
import type { Audit } from '../write';

export interface PlanReporting {
  rule: ReportingRule;
  /** 0 when the default rule applies (nothing stored yet). */
  version: number;
  overrides: Array<{ targetId: number } & ReportingRule>;
}

function toRule(r: ReportingRuleRow): ReportingRule {
  return { cadence: r.cadence, dueDay: r.dueLastDay ? 'last' : (r.dueDay ?? 25), monthOffset: r.monthOffset };
}

function columns(rule: ReportingRule) {
  return {
    cadence: rule.cadence,
    dueDay: rule.dueDay === 'last' ? null : rule.dueDay,
    dueLastDay: rule.dueDay === 'last',
    monthOffset: rule.monthOffset,
  };
}

export async function getPlanReporting(q: Queryable, planId: number): Promise<PlanReporting> {
  const rows = await q.select().from(reportingRules).where(eq(reportingRules.planId, planId));
  const plan = rows.find((r) => r.targetId === null);
  return {
    rule: plan ? toRule(plan) : DEFAULT_REPORTING_RULE,
    version: plan?.version ?? 0,
    overrides: rows
      .filter((r): r is ReportingRuleRow & { targetId: number } => r.targetId !== null)
      .map((r) => ({ targetId: r.targetId, ...toRule(r) }))
      .sort((a, b) => a.targetId - b.targetId),
  };
}

/** Sets the plan's rule; `version` is the one read (0 while the default applied). */
export async function putPlanRule(
  q: Queryable,
  audit: Audit,
  planId: number,
  rule: ReportingRule,
  version: number,
): Promise<void> {
  const [before] = await q
    .select()
    .from(reportingRules)
    .where(and(eq(reportingRules.planId, planId), isNull(reportingRules.targetId)))
    .for('update');
  const current = before?.version ?? 0;
  if (current !== version) throw versionConflict('reporting_rule', planId, version, current);
  if (before) {
    await q
      .update(reportingRules)
      .set({ ...columns(rule), version: current + 1 })
      .where(eq(reportingRules.id, before.id));
  } else {
    await q.insert(reportingRules).values({ planId, targetId: null, ...columns(rule), version: 1 });
  }
  await audit('set_rule', 'plan', planId, before ? toRule(before) : DEFAULT_REPORTING_RULE, rule);
}

/** Sets (rule) or removes (null) one target's override. */
export async function putTargetRule(
  q: Queryable,
  audit: Audit,
  planId: number,
  targetId: number,
  rule: ReportingRule | null,
): Promise<void> {
  const where = and(
    eq(reportingRules.planId, planId),
    isNotNull(reportingRules.targetId),
    eq(reportingRules.targetId, targetId),
  );
  const [before] = await q.select().from(reportingRules).where(where).for('update');
  if (rule === null) {
    if (before) await q.delete(reportingRules).where(eq(reportingRules.id, before.id));
  } else if (before) {
    await q
      .update(reportingRules)
      .set({ ...columns(rule), version: before.version + 1 })
      .where(eq(reportingRules.id, before.id));
  } else {
    await q.insert(reportingRules).values({ planId, targetId, ...columns(rule), version: 1 });
  }
  await audit('set_rule', 'target', targetId, before ? toRule(before) : null, rule);
}
