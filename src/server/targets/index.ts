// /api/plans/:id/targets, /api/targets/:id, assignments (docs/api.md). Thin handlers: parse → authorize →
// service (./service.ts) or storage → present.
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/api/common';
import { progressReportSchema } from '../../shared/api/progress';
import {
  assignmentBulkSchema,
  assignmentPutSchema,
  auditEventSchema,
  targetCreateSchema,
  targetListItemSchema,
  targetPatchSchema,
  targetQuerySchema,
  targetSchema,
} from '../../shared/api/targets';
import { deleteTarget, patchTarget } from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { loadTarget } from './load';
import { addSelectedTarget, assignMany, assignTarget, planTargets, targetDetail } from './service';

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
        response: { 200: z.array(targetListItemSchema) },
      },
    },
    async (req) => {
      requireUser(req);
      return planTargets(db, req.params.id, req.query);
    },
  );

  app.get(
    '/api/targets/:id',
    { schema: { tags: ['targets'], params: idParamsSchema, response: { 200: targetDetailSchema } } },
    async (req) => {
      requireUser(req);
      return targetDetail(db, req.params.id);
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
      const target = await addSelectedTarget(db, { userId: user.id }, req.params.id, req.body);
      return reply.status(201).send(target);
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
      return assignTarget(db, { userId: user.id }, req.params.id, req.body);
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
      return { updated: await assignMany(db, { userId: user.id }, req.body) };
    },
  );
}
