// /api/plans/:id/targets, /api/targets/:id, assignments (notes/api.md). Thin handlers: parse → authorize →
// storage → present.
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/api/common';
import { progressReportSchema } from '../../shared/api/progress';
import {
  assignmentBulkSchema,
  assignmentPutSchema,
  auditEventSchema,
  targetCreateSchema,
  targetPatchSchema,
  targetQuerySchema,
  targetSchema,
} from '../../shared/api/targets';
import {
  bulkAssign,
  createTarget,
  deleteTarget,
  getPlan,
  listAudit,
  listEvidence,
  listProgress,
  patchTarget,
  putAssignment,
} from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentProgress } from '../presenters/progress';
import { checkDepartments } from './check';
import { loadTarget, loadTargets } from './load';

const targetDetailSchema = targetSchema.extend({
  history: z.array(progressReportSchema),
  audit: z.array(auditEventSchema),
});

export function targetRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/plans/:id/targets',
    {
      config: { readCache: true },
      schema: {
        tags: ['targets'],
        params: idParamsSchema,
        querystring: targetQuerySchema,
        response: { 200: z.array(targetSchema) },
      },
    },
    async (req) => {
      requireUser(req);
      await getPlan(db, req.params.id);
      const f = req.query;
      const all = await loadTargets(db, { planId: req.params.id }, f.asOf);
      const q = f.q?.trim();
      return all
        .map((j) => j.target)
        .filter(
          (t) =>
            (f.area === undefined || t.sectionId === f.area) &&
            (f.department === undefined ||
              t.assignment?.lead?.id === f.department ||
              t.assignment?.cooperating.some((d) => d.id === f.department)) &&
            (f.status === undefined || t.judgement.status === f.status) &&
            (f.type === undefined || t.type === f.type) &&
            (f.modality === undefined || t.modality === f.modality) &&
            (!q || t.indicator.includes(q) || t.span.includes(q)),
        );
    },
  );

  app.get(
    '/api/targets/:id',
    { schema: { tags: ['targets'], params: idParamsSchema, response: { 200: targetDetailSchema } } },
    async (req) => {
      requireUser(req);
      const { target } = await loadTarget(db, req.params.id);
      const history = await listProgress(db, { targetIds: [target.id] });
      const evidence = await listEvidence(
        db,
        history.map((h) => h.id),
      );
      const audit = await listAudit(db, 'target', target.id);
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
    },
  );

  app.patch(
    '/api/targets/:id',
    {
      schema: {
        tags: ['targets'],
        params: idParamsSchema,
        body: targetPatchSchema,
        response: { 200: targetSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const { version, ...patch } = req.body;
      await write(db, { userId: user.id }, (tx, audit) =>
        patchTarget(tx, audit, req.params.id, patch, version),
      );
      return (await loadTarget(db, req.params.id)).target;
    },
  );

  app.post(
    '/api/plans/:id/targets',
    {
      schema: {
        tags: ['targets'],
        params: idParamsSchema,
        body: targetCreateSchema,
        response: { 201: targetSchema },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      const b = req.body;
      const plan = await getPlan(db, req.params.id);
      const row = await write(db, { userId: user.id }, (tx, audit) =>
        createTarget(tx, audit, plan.id, {
          kind: b.kind,
          indicator: b.indicator,
          comparator: b.comparator,
          value: b.value,
          unit: b.unit,
          type: b.type ?? (b.kind === 'qualitative' ? 'qualitative' : 'level'),
          modality: b.modality ?? 'plain',
          span: plan.sourceText.slice(b.start, Math.min(b.end, plan.sourceText.length)),
          start: b.start,
          end: Math.min(b.end, plan.sourceText.length),
        }),
      );
      return reply.status(201).send((await loadTarget(db, row.id)).target);
    },
  );

  app.delete(
    '/api/targets/:id',
    { schema: { tags: ['targets'], params: idParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      const user = requireRole(req, 'admin');
      await write(db, { userId: user.id }, (tx, audit) => deleteTarget(tx, audit, req.params.id));
      return { ok: true as const };
    },
  );

  app.put(
    '/api/targets/:id/assignment',
    {
      schema: {
        tags: ['assignments'],
        params: idParamsSchema,
        body: assignmentPutSchema,
        response: { 200: targetSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const { version, leadDepartmentId, cooperatingDepartmentIds, ...rest } = req.body;
      await write(db, { userId: user.id }, async (tx, audit) => {
        await checkDepartments(tx, [leadDepartmentId, ...cooperatingDepartmentIds]);
        return putAssignment(
          tx,
          audit,
          req.params.id,
          {
            leadDepartmentId,
            cooperatingDepartmentIds: cooperatingDepartmentIds.filter((d) => d !== leadDepartmentId),
            ...rest,
          },
          version,
        );
      });
      return (await loadTarget(db, req.params.id)).target;
    },
  );

  app.post(
    '/api/assignments/bulk',
    {
      schema: {
        tags: ['assignments'],
        body: assignmentBulkSchema,
        response: { 200: z.object({ updated: z.number().int() }) },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const b = req.body;
      const updated = await write(db, { userId: user.id }, async (tx, audit) => {
        await checkDepartments(tx, [b.leadDepartmentId, ...b.cooperatingDepartmentIds]);
        return bulkAssign(
          tx,
          audit,
          [...new Set(b.targetIds)],
          b.leadDepartmentId,
          b.cooperatingDepartmentIds.filter((d) => d !== b.leadDepartmentId),
        );
      });
      return { updated };
    },
  );
}
