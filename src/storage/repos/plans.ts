// Plans: one report for one year and region, with its sections, tasks, targets and actuals.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import {
  type ActualRow,
  actuals,
  assignments,
  type ExtractedOriginal,
  type PlanRow,
  plans,
  type RegionRow,
  regions,
  type SectionRow,
  type StoredWarning,
  sections,
  type TaskRow,
  targets,
  tasks,
} from '../schema';
import type { Audit } from '../write';

export interface TargetInput {
  kind: 'target' | 'qualitative';
  indicator: string;
  comparator: string;
  value: number | null;
  unit: string;
  type: string;
  modality: string;
  attribute?: 'expected' | 'obligatory';
  floor?: number | null;
  stretch?: number | null;
  tolerance?: number | null;
  main?: boolean;
  span: string;
  start: number;
  end: number;
  extra?: Record<string, unknown> | null;
  /** The importer's suggestion; a person accepts or changes it. */
  suggestedLeadId?: number | null;
  suggestedCooperatingIds?: number[];
}

export interface PlanInput {
  regionId: number;
  year: number;
  reviewYear: number | null;
  title: string;
  sourceName: string;
  sourceText: string;
  /** sha256 of the text without whitespace (`textHash`): the same report as .docx and as .txt has one. */
  sourceHash: string;
  /** Hashes that also name this text in plans stored before (the hash of the text as read, whitespace and all). */
  priorHashes?: string[];
  mainTargets: { start: number; end: number } | null;
  warnings: StoredWarning[];
  sections: Omit<SectionRow, 'id' | 'planId' | 'position'>[];
  tasks: (Omit<TaskRow, 'id' | 'planId' | 'position' | 'sectionId'> & { section: number })[];
  targets: TargetInput[];
  actuals: Omit<ActualRow, 'id' | 'planId' | 'previousTargetId'>[];
}

/** The innermost section (area before part) containing offset `at`. */
function sectionAt(rows: SectionRow[], at: number): SectionRow | undefined {
  const hits = rows.filter((s) => s.start <= at && at < s.end);
  return hits.find((s) => s.level === 'area') ?? hits[0];
}

export async function findDuplicatePlan(
  q: Queryable,
  regionId: number,
  year: number,
  sourceHash: string | string[],
): Promise<PlanRow | undefined> {
  const hashes = typeof sourceHash === 'string' ? [sourceHash] : sourceHash;
  const [row] = await q
    .select()
    .from(plans)
    .where(and(eq(plans.regionId, regionId), eq(plans.year, year), inArray(plans.sourceHash, hashes)));
  return row;
}

/** Stores an extracted plan as a draft; 409 DUPLICATE_IMPORT for the same region, year and text. */
export async function insertPlan(q: Queryable, audit: Audit, input: PlanInput): Promise<PlanRow> {
  const dup = await findDuplicatePlan(q, input.regionId, input.year, [
    input.sourceHash,
    ...(input.priorHashes ?? []),
  ]);
  if (dup) {
    throw new AppError('DUPLICATE_IMPORT', {
      zh: `该报告已导入过(报告 ${dup.id}:${dup.title})。`,
      en: `This report was already imported (plan ${dup.id}: ${dup.title}).`,
    });
  }
  const [plan] = await q
    .insert(plans)
    .values({
      regionId: input.regionId,
      year: input.year,
      reviewYear: input.reviewYear,
      title: input.title,
      sourceName: input.sourceName,
      sourceText: input.sourceText,
      sourceHash: input.sourceHash,
      mainTargets: input.mainTargets,
      warnings: input.warnings,
    })
    .returning();
  const planId = plan!.id;
  const secRows =
    input.sections.length === 0
      ? []
      : await q
          .insert(sections)
          .values(input.sections.map((s, position) => ({ ...s, planId, position })))
          .returning();
  const taskRows =
    input.tasks.length === 0
      ? []
      : await q
          .insert(tasks)
          .values(
            input.tasks.map(({ section, ...t }, position) => ({
              ...t,
              planId,
              position,
              sectionId: secRows[section]?.id ?? null,
            })),
          )
          .returning();
  const targetRows =
    input.targets.length === 0
      ? []
      : await q
          .insert(targets)
          .values(
            input.targets.map(({ suggestedLeadId: _l, suggestedCooperatingIds: _c, ...t }) => ({
              ...t,
              planId,
              taskId: taskRows.find((k) => k.start <= t.start && t.start < k.end)?.id ?? null,
              sectionId: sectionAt(secRows, t.start)?.id ?? null,
            })),
          )
          .returning();
  const suggested = input.targets
    .map((t, i) => ({ t, row: targetRows[i]! }))
    .filter(({ t }) => t.suggestedLeadId);
  if (suggested.length > 0) {
    await q.insert(assignments).values(
      suggested.map(({ t, row }) => ({
        targetId: row.id,
        leadDepartmentId: t.suggestedLeadId ?? null,
        cooperatingDepartmentIds: t.suggestedCooperatingIds ?? [],
        suggested: true,
      })),
    );
  }
  if (input.actuals.length > 0) {
    const previous = await previousYearTargets(q, input.regionId, input.reviewYear);
    await q.insert(actuals).values(
      input.actuals.map((a) => ({
        ...a,
        planId,
        previousTargetId:
          previous.find((p) => p.indicator === a.indicator && p.unit === a.unit)?.id ??
          previous.find((p) => p.indicator === a.indicator)?.id ??
          null,
      })),
    );
  }
  await audit('import', 'plan', planId, null, {
    title: plan!.title,
    year: plan!.year,
    sourceHash: plan!.sourceHash,
    sections: secRows.length,
    tasks: taskRows.length,
    targets: targetRows.length,
    actuals: input.actuals.length,
  });
  return plan!;
}

/** Targets of the region's plan for the reviewed year (the year whose results this report states). */
async function previousYearTargets(q: Queryable, regionId: number, reviewYear: number | null) {
  if (reviewYear === null) return [];
  const prev = await q
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.regionId, regionId),
        eq(plans.year, reviewYear),
        inArray(plans.status, ['confirmed', 'published']),
      ),
    );
  if (prev.length === 0) return [];
  return q
    .select({ id: targets.id, indicator: targets.indicator, unit: targets.unit })
    .from(targets)
    .where(
      inArray(
        targets.planId,
        prev.map((p) => p.id),
      ),
    );
}

export async function getPlan(
  q: Queryable,
  id: number,
): Promise<PlanRow & { regionName: string; regionLevel: RegionRow['level'] }> {
  const [row] = await q
    .select({ plan: plans, regionName: regions.name, regionLevel: regions.level })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.id, id));
  if (!row) throw notFound('plan', id);
  return { ...row.plan, regionName: row.regionName, regionLevel: row.regionLevel };
}

export type PlanListRow = Pick<
  PlanRow,
  'id' | 'regionId' | 'year' | 'reviewYear' | 'title' | 'status' | 'version' | 'createdAt'
> & {
  regionName: string;
  /** The region's stored rule set (validated by the server's rulesOf). */
  regionRules: unknown;
  targets: number;
  actuals: number;
};

/** Plans (not their text or warnings) with region, rule set and row counts, in ONE query. */
export async function listPlans(
  q: Queryable,
  onlyStatus?: PlanRow['status'][],
  ids?: number[],
): Promise<PlanListRow[]> {
  const conds = [];
  if (onlyStatus) conds.push(inArray(plans.status, onlyStatus));
  if (ids) conds.push(inArray(plans.id, ids.length > 0 ? ids : [0]));
  const count = (t: typeof targets | typeof actuals) =>
    sql<number>`(select count(*) from ${t} where ${t.planId} = ${plans.id})`.mapWith(Number);
  const rows = await q
    .select({
      id: plans.id,
      regionId: plans.regionId,
      year: plans.year,
      reviewYear: plans.reviewYear,
      title: plans.title,
      status: plans.status,
      version: plans.version,
      createdAt: plans.createdAt,
      regionName: regions.name,
      regionRules: regions.rules,
      targets: count(targets),
      actuals: count(actuals),
    })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(and(...conds))
    .orderBy(asc(plans.year), asc(plans.id));
  return rows;
}

export async function planTree(
  q: Queryable,
  planId: number,
): Promise<{ sections: SectionRow[]; tasks: TaskRow[] }> {
  const [secs, tks] = await Promise.all([
    q.select().from(sections).where(eq(sections.planId, planId)).orderBy(asc(sections.position)),
    q.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position)),
  ]);
  return { sections: secs, tasks: tks };
}

export function listActuals(q: Queryable, planId: number): Promise<ActualRow[]> {
  return q.select().from(actuals).where(eq(actuals.planId, planId)).orderBy(asc(actuals.start));
}

/** draft → confirmed → published; each step needs the version the person saw. */
export async function setPlanStatus(
  q: Queryable,
  audit: Audit,
  id: number,
  to: PlanRow['status'],
  version: number | undefined,
): Promise<PlanRow> {
  const [before] = await q.select().from(plans).where(eq(plans.id, id)).for('update');
  if (!before) throw notFound('plan', id);
  if (version !== undefined && before.version !== version)
    throw versionConflict('plan', id, version, before.version);
  const allowed: Record<PlanRow['status'], PlanRow['status'][]> = {
    draft: ['confirmed'],
    confirmed: ['published', 'draft'],
    published: ['confirmed'],
  };
  if (!allowed[before.status].includes(to)) {
    throw new AppError('INVALID_STATE', {
      zh: `报告当前为“${before.status}”状态,不能改为“${to}”。`,
      en: `The plan is ${before.status}; it cannot become ${to}.`,
    });
  }
  const [row] = await q
    .update(plans)
    .set({ status: to, version: before.version + 1 })
    .where(eq(plans.id, id))
    .returning();
  await audit(`plan_${to}`, 'plan', id, { status: before.status }, { status: to });
  if (to === 'published') await q.update(targets).set({ published: true }).where(eq(targets.planId, id));
  return row!;
}

export type { ExtractedOriginal };
