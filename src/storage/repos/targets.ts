// Targets and their assignments (the rows of the 分解表, DOMAIN.md §1.2).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import {
  type AssignmentRow,
  assignments,
  type ExtractedOriginal,
  plans,
  sections,
  type TargetRow,
  targets,
  tasks,
} from '../schema';
import type { Audit } from '../write';
import type { TargetInput } from './plans';

export interface TargetWithAssignment {
  target: TargetRow;
  assignment: AssignmentRow | null;
}

export async function listTargets(
  q: Queryable,
  filter: { planId?: number; ids?: number[]; leadDepartmentId?: number },
): Promise<TargetWithAssignment[]> {
  const conds = [];
  if (filter.planId !== undefined) conds.push(eq(targets.planId, filter.planId));
  if (filter.ids) conds.push(inArray(targets.id, filter.ids.length ? filter.ids : [0]));
  if (filter.leadDepartmentId !== undefined)
    conds.push(eq(assignments.leadDepartmentId, filter.leadDepartmentId));
  return q
    .select({ target: targets, assignment: assignments })
    .from(targets)
    .leftJoin(assignments, eq(assignments.targetId, targets.id))
    .where(and(...conds))
    .orderBy(asc(targets.planId), asc(targets.start), asc(targets.id));
}

export async function getTarget(q: Queryable, id: number): Promise<TargetWithAssignment> {
  const [row] = await listTargets(q, { ids: [id] });
  if (!row) throw notFound('target', id);
  return row;
}

export type TargetPatchInput = Partial<
  Pick<TargetRow, 'indicator' | 'comparator' | 'value' | 'unit' | 'type' | 'modality' | 'published'>
>;

const extractedKeys = ['indicator', 'comparator', 'value', 'unit', 'type', 'modality'] as const;

/** Edits a target; the first edit of an extracted field keeps the extracted original (and its offsets). */
export async function patchTarget(
  q: Queryable,
  audit: Audit,
  id: number,
  patch: TargetPatchInput,
  version: number,
): Promise<TargetRow> {
  const [before] = await q.select().from(targets).where(eq(targets.id, id)).for('update');
  if (!before) throw notFound('target', id);
  if (before.version !== version) throw versionConflict('target', id, version, before.version);
  const touchesExtracted = extractedKeys.some((k) => patch[k] !== undefined && patch[k] !== before[k]);
  const original: ExtractedOriginal | null =
    before.original ??
    (touchesExtracted && !before.extra?.manual
      ? {
          indicator: before.indicator,
          comparator: before.comparator,
          value: before.value,
          unit: before.unit,
          type: before.type,
          modality: before.modality,
        }
      : null);
  const [row] = await q
    .update(targets)
    .set({ ...patch, original, version: version + 1 })
    .where(and(eq(targets.id, id), eq(targets.version, version)))
    .returning();
  await audit('update', 'target', id, before, row);
  return row!;
}

async function draftPlanOf(q: Queryable, planId: number): Promise<void> {
  const [plan] = await q.select({ status: plans.status }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan', planId);
  if (plan.status !== 'draft') {
    throw new AppError('INVALID_STATE', {
      zh: '只有草稿状态的报告可以增删目标。',
      en: 'Targets can be added or deleted only while the plan is a draft.',
    });
  }
}

/** Adds a target a person selected in the source text (a missed one). */
export async function createTarget(
  q: Queryable,
  audit: Audit,
  planId: number,
  input: TargetInput,
): Promise<TargetRow> {
  await draftPlanOf(q, planId);
  const task = (
    await q
      .select({ id: tasks.id, start: tasks.start, end: tasks.end })
      .from(tasks)
      .where(eq(tasks.planId, planId))
  ).find((k) => k.start <= input.start && input.start < k.end);
  const secs = await q.select().from(sections).where(eq(sections.planId, planId));
  const inSection = secs.filter((s) => s.start <= input.start && input.start < s.end);
  const section = inSection.find((s) => s.level === 'area') ?? inSection[0];
  const { suggestedLeadId: _l, suggestedCooperatingIds: _c, ...values } = input;
  const [row] = await q
    .insert(targets)
    .values({
      ...values,
      planId,
      taskId: task?.id ?? null,
      sectionId: section?.id ?? null,
      extra: { ...(input.extra ?? {}), manual: true },
    })
    .returning();
  await audit('create', 'target', row!.id, null, row);
  return row!;
}

export async function deleteTarget(q: Queryable, audit: Audit, id: number): Promise<void> {
  const [before] = await q.select().from(targets).where(eq(targets.id, id)).for('update');
  if (!before) throw notFound('target', id);
  await draftPlanOf(q, before.planId);
  await q.delete(targets).where(eq(targets.id, id));
  await audit('delete', 'target', id, before, null);
}

export type AssignmentInput = Pick<
  AssignmentRow,
  'leadDepartmentId' | 'cooperatingDepartmentIds' | 'leadLeader' | 'deadlineText' | 'deadline' | 'milestones'
>;

/** Sets a target's assignment (a person's decision, so `suggested` becomes false). */
export async function putAssignment(
  q: Queryable,
  audit: Audit,
  targetId: number,
  input: AssignmentInput,
  version: number | null | undefined,
): Promise<AssignmentRow> {
  const [target] = await q
    .select({ id: targets.id })
    .from(targets)
    .where(eq(targets.id, targetId))
    .for('update');
  if (!target) throw notFound('target', targetId);
  const [before] = await q.select().from(assignments).where(eq(assignments.targetId, targetId)).for('update');
  if (before) {
    if (version === null || version === undefined || before.version !== version) {
      throw versionConflict('assignment', before.id, version ?? -1, before.version);
    }
    const [row] = await q
      .update(assignments)
      .set({ ...input, suggested: false, version: before.version + 1 })
      .where(eq(assignments.id, before.id))
      .returning();
    await audit('update', 'assignment', row!.id, before, row);
    return row!;
  }
  const [row] = await q
    .insert(assignments)
    .values({ ...input, targetId, suggested: false })
    .returning();
  await audit('create', 'assignment', row!.id, null, row);
  return row!;
}

/** Assigns many targets to one lead unit at once (keeps leader, deadline and milestones). */
export async function bulkAssign(
  q: Queryable,
  audit: Audit,
  targetIds: number[],
  leadDepartmentId: number,
  cooperatingDepartmentIds: number[],
): Promise<number> {
  const found = await q.select({ id: targets.id }).from(targets).where(inArray(targets.id, targetIds));
  const missing = targetIds.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) throw notFound('target', missing.join(', '));
  for (const targetId of targetIds) {
    const [before] = await q
      .select()
      .from(assignments)
      .where(eq(assignments.targetId, targetId))
      .for('update');
    const values = { leadDepartmentId, cooperatingDepartmentIds, suggested: false };
    const [row] = before
      ? await q
          .update(assignments)
          .set({ ...values, version: before.version + 1 })
          .where(eq(assignments.id, before.id))
          .returning()
      : await q
          .insert(assignments)
          .values({ ...values, targetId })
          .returning();
    await audit(before ? 'update' : 'create', 'assignment', row!.id, before ?? null, row);
  }
  return targetIds.length;
}
