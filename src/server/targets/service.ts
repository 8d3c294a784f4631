// The work behind the /api/plans/:id/targets, /api/targets/:id and assignment handlers.
import type { ProgressReport } from '../../shared/api/progress';
import type {
  AssignmentBulk,
  AssignmentPut,
  AuditEvent,
  Target,
  TargetCreate,
  TargetListItem,
  TargetQuery,
} from '../../shared/api/targets';
import type { Db, Queryable } from '../../storage/db';
import {
  bulkAssign,
  createTarget,
  getPlan,
  listEvidence,
  listProgress,
  listTargetAudit,
  putAssignment,
} from '../../storage/repos';
import { type Actor, write } from '../../storage/write';
import { presentProgress } from '../presenters/progress';
import { checkDepartments } from './check';
import { judgePlan, loadTarget } from './load';
import { presentTargetListItem } from './present';

/** Whether a judged target passes the list's filters (area, department, status, type, modality, text). */
export function matchesQuery(t: Target, f: TargetQuery): boolean {
  const q = f.q?.trim();
  return (
    (f.area === undefined || t.sectionId === f.area) &&
    (f.department === undefined ||
      t.assignment?.lead?.id === f.department ||
      (t.assignment?.cooperating.some((d) => d.id === f.department) ?? false)) &&
    (f.status === undefined || t.judgement.status === f.status) &&
    (f.type === undefined || t.type === f.type) &&
    (f.modality === undefined || t.modality === f.modality) &&
    (!q || t.indicator.includes(q) || t.span.includes(q))
  );
}

/** A plan's targets, judged once as of `asOf`, filtered, as list rows; 404 for an unknown plan. */
export async function planTargets(q: Queryable, planId: number, f: TargetQuery): Promise<TargetListItem[]> {
  const { targets } = await judgePlan(q, planId, f.asOf);
  return targets
    .map((j) => j.target)
    .filter((t) => matchesQuery(t, f))
    .map(presentTargetListItem);
}

/** A target with its report history (and evidence) and its audit trail. */
export async function targetDetail(
  q: Queryable,
  id: number,
): Promise<Target & { history: ProgressReport[]; audit: AuditEvent[] }> {
  const { target } = await loadTarget(q, id);
  const [history, audit] = await Promise.all([
    listProgress(q, { targetIds: [target.id] }),
    listTargetAudit(q, target.id),
  ]);
  const evidence = await listEvidence(
    q,
    history.map((h) => h.id),
  );
  return {
    ...target,
    history: history.map((h) => presentProgress(h, evidence)),
    audit: audit.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      userId: e.userId,
      userName: e.userName,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  };
}

/** Adds a target a person selected in a draft plan's text (one the extraction missed). */
export async function addSelectedTarget(
  db: Db,
  actor: Actor,
  planId: number,
  b: TargetCreate,
): Promise<Target> {
  const plan = await getPlan(db, planId);
  const end = Math.min(b.end, plan.sourceText.length);
  const row = await write(db, actor, (tx, audit) =>
    createTarget(tx, audit, plan.id, {
      kind: b.kind,
      indicator: b.indicator,
      comparator: b.comparator,
      value: b.value,
      unit: b.unit,
      type: b.type ?? (b.kind === 'qualitative' ? 'qualitative' : 'level'),
      modality: b.modality ?? 'plain',
      span: plan.sourceText.slice(b.start, end),
      start: b.start,
      end,
    }),
  );
  return (await loadTarget(db, row.id)).target;
}

/** Sets a target's lead and co-operating units (a person's decision); the lead is not also co-operating. */
export async function assignTarget(
  db: Db,
  actor: Actor,
  targetId: number,
  body: AssignmentPut,
): Promise<Target> {
  const { version, leadDepartmentId, cooperatingDepartmentIds, ...rest } = body;
  await write(db, actor, async (tx, audit) => {
    await checkDepartments(tx, [leadDepartmentId, ...cooperatingDepartmentIds]);
    const cooperating = cooperatingDepartmentIds.filter((d) => d !== leadDepartmentId);
    return putAssignment(
      tx,
      audit,
      targetId,
      { leadDepartmentId, cooperatingDepartmentIds: cooperating, ...rest },
      version,
    );
  });
  return (await loadTarget(db, targetId)).target;
}

/** Assigns many targets to one lead unit at once; returns how many were updated. */
export function assignMany(db: Db, actor: Actor, b: AssignmentBulk): Promise<number> {
  return write(db, actor, async (tx, audit) => {
    await checkDepartments(tx, [b.leadDepartmentId, ...b.cooperatingDepartmentIds]);
    return bulkAssign(
      tx,
      audit,
      [...new Set(b.targetIds)],
      b.leadDepartmentId,
      b.cooperatingDepartmentIds.filter((d) => d !== b.leadDepartmentId),
    );
  });
}
