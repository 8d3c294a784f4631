// Progress reports: draft → submitted → approved | returned (DOMAIN.md §1.3: 进展/问题/下一步).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import { type EvidenceRow, evidence, type ProgressRow, progressReports, targets } from '../schema';
import type { Audit } from '../write';

export type ProgressFields = Pick<
  ProgressRow,
  'period' | 'periodEnd' | 'value' | 'yoy' | 'stage' | 'progress' | 'problems' | 'nextSteps'
>;

export async function getProgress(q: Queryable, id: number, lock = false): Promise<ProgressRow> {
  const base = q.select().from(progressReports).where(eq(progressReports.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw notFound('progress', id);
  return row;
}

export function listProgress(
  q: Queryable,
  filter: { targetIds?: number[]; status?: ProgressRow['status']; planId?: number },
): Promise<ProgressRow[]> {
  const conds = [];
  if (filter.targetIds)
    conds.push(inArray(progressReports.targetId, filter.targetIds.length ? filter.targetIds : [0]));
  if (filter.status) conds.push(eq(progressReports.status, filter.status));
  if (filter.planId !== undefined) conds.push(eq(targets.planId, filter.planId));
  return q
    .select({ p: progressReports })
    .from(progressReports)
    .innerJoin(targets, eq(targets.id, progressReports.targetId))
    .where(and(...conds))
    .orderBy(desc(progressReports.periodEnd), desc(progressReports.id))
    .then((rows) => rows.map((r) => r.p));
}

export async function createProgress(
  q: Queryable,
  audit: Audit,
  targetId: number,
  fields: ProgressFields,
  userId: number | null,
): Promise<ProgressRow> {
  const [row] = await q
    .insert(progressReports)
    .values({ ...fields, targetId, createdBy: userId, status: 'draft' })
    .returning();
  await audit('create', 'progress', row!.id, null, row);
  return row!;
}

function checkVersion(before: ProgressRow, version: number | undefined): void {
  if (version !== undefined && before.version !== version) {
    throw versionConflict('progress', before.id, version, before.version);
  }
}

function invalidState(before: ProgressRow, action: { zh: string; en: string }): AppError {
  return new AppError('INVALID_STATE', {
    zh: `进展报告 ${before.id} 当前为“${statusZh[before.status]}”,不能${action.zh}。`,
    en: `Progress report ${before.id} is ${before.status}; it cannot be ${action.en}.`,
  });
}

const statusZh: Record<ProgressRow['status'], string> = {
  draft: '草稿',
  submitted: '已报送',
  approved: '已审核',
  returned: '已退回',
};

/** Edits a draft or returned report. */
export async function patchProgress(
  q: Queryable,
  audit: Audit,
  id: number,
  patch: Partial<ProgressFields>,
  version: number,
): Promise<ProgressRow> {
  const before = await getProgress(q, id, true);
  checkVersion(before, version);
  if (before.status !== 'draft' && before.status !== 'returned') {
    throw invalidState(before, { zh: '修改', en: 'edited' });
  }
  const [row] = await q
    .update(progressReports)
    .set({ ...patch, version: before.version + 1 })
    .where(eq(progressReports.id, id))
    .returning();
  await audit('update', 'progress', id, before, row);
  return row!;
}

type Transition = 'submit' | 'approve' | 'return';

const from: Record<Transition, ProgressRow['status'][]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

const verb: Record<Transition, { zh: string; en: string }> = {
  submit: { zh: '报送', en: 'submitted' },
  approve: { zh: '审核通过', en: 'approved' },
  return: { zh: '退回', en: 'returned' },
};

export async function transitionProgress(
  q: Queryable,
  audit: Audit,
  id: number,
  action: Transition,
  userId: number | null,
  opts: { version?: number; reason?: string; verdict?: ProgressRow['verdict']; now?: Date },
): Promise<ProgressRow> {
  const before = await getProgress(q, id, true);
  checkVersion(before, opts.version);
  if (!from[action].includes(before.status)) throw invalidState(before, verb[action]);
  const now = opts.now ?? new Date();
  const set: Partial<ProgressRow> =
    action === 'submit'
      ? { status: 'submitted', submittedBy: userId, submittedAt: now, returnReason: null }
      : action === 'approve'
        ? { status: 'approved', reviewedBy: userId, reviewedAt: now, verdict: opts.verdict ?? null }
        : { status: 'returned', reviewedBy: userId, reviewedAt: now, returnReason: opts.reason ?? '' };
  const [row] = await q
    .update(progressReports)
    .set({ ...set, version: before.version + 1 })
    .where(eq(progressReports.id, id))
    .returning();
  await audit(action, 'progress', id, before, row);
  return row!;
}

export type EvidenceMeta = Omit<EvidenceRow, 'data'>;

export async function addEvidence(
  q: Queryable,
  audit: Audit,
  progressId: number,
  file: { name: string; mime: string; data: Uint8Array },
): Promise<EvidenceMeta> {
  const before = await getProgress(q, progressId, true);
  if (before.status === 'approved')
    throw invalidState(before, { zh: '添加佐证材料', en: 'given new evidence' });
  const [row] = await q
    .insert(evidence)
    .values({ progressId, name: file.name, mime: file.mime, size: file.data.byteLength, data: file.data })
    .returning({
      id: evidence.id,
      progressId: evidence.progressId,
      name: evidence.name,
      mime: evidence.mime,
      size: evidence.size,
      createdAt: evidence.createdAt,
    });
  await audit('add_evidence', 'progress', progressId, null, row);
  return row!;
}

export function listEvidence(q: Queryable, progressIds: number[]): Promise<EvidenceMeta[]> {
  if (progressIds.length === 0) return Promise.resolve([]);
  return q
    .select({
      id: evidence.id,
      progressId: evidence.progressId,
      name: evidence.name,
      mime: evidence.mime,
      size: evidence.size,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .where(inArray(evidence.progressId, progressIds))
    .orderBy(asc(evidence.id));
}

export async function getEvidence(q: Queryable, id: number): Promise<EvidenceRow> {
  const [row] = await q.select().from(evidence).where(eq(evidence.id, id));
  if (!row) throw notFound('evidence', id);
  return row;
}
