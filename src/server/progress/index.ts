// Progress reports: draft → submitted → approved | returned; evidence files; the review queue.
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import {
  evidenceSchema,
  progressActionSchema,
  progressApproveSchema,
  progressCreateSchema,
  progressPatchSchema,
  progressQuerySchema,
  progressReportSchema,
  progressReturnSchema,
} from '../../shared/api/progress';
import { periodEnd } from '../../storage/period';
import {
  addEvidence,
  createProgress,
  getEvidence,
  getProgress,
  getTarget,
  listEvidence,
  listProgress,
  patchProgress,
  transitionProgress,
} from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentProgress } from '../presenters/progress';
import { checkPeriodInPlanYear, checkVerdictTarget, PERIOD_FIX, targetForReporter } from './access';
import { valueInTargetUnit } from './values';

export function progressRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  const present = async (id: number) => {
    const row = await getProgress(db, id);
    return presentProgress(row, await listEvidence(db, [id]));
  };

  app.get(
    '/api/progress',
    {
      schema: {
        tags: ['progress'],
        querystring: progressQuerySchema,
        response: { 200: z.array(progressReportSchema) },
      },
    },
    async (req) => {
      requireUser(req);
      const { status, planId, targetId } = req.query;
      const rows = await listProgress(db, {
        ...(status ? { status } : {}),
        ...(planId ? { planId } : {}),
        ...(targetId ? { targetIds: [targetId] } : {}),
      });
      const evidence = await listEvidence(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => presentProgress(r, evidence));
    },
  );

  app.post(
    '/api/targets/:id/progress',
    {
      schema: {
        tags: ['progress'],
        params: idParamsSchema,
        body: progressCreateSchema,
        response: { 201: progressReportSchema },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'admin', 'reporter');
      const b = req.body;
      const row = await write(db, { userId: user.id }, async (tx, audit) => {
        const target = await targetForReporter(tx, user, req.params.id);
        await checkPeriodInPlanYear(tx, target, b.period);
        return createProgress(
          tx,
          audit,
          target.id,
          {
            period: b.period,
            periodEnd: periodEnd(b.period)!,
            value: valueInTargetUnit(target, b.value, b.unit),
            yoy: b.yoy,
            stage: b.stage ?? null,
            progress: b.progress,
            problems: b.problems,
            nextSteps: b.nextSteps,
          },
          user.id,
        );
      });
      return reply.status(201).send(await present(row.id));
    },
  );

  app.patch(
    '/api/progress/:id',
    {
      schema: {
        tags: ['progress'],
        params: idParamsSchema,
        body: progressPatchSchema,
        response: { 200: progressReportSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin', 'reporter');
      const { version, unit, ...b } = req.body;
      await write(db, { userId: user.id }, async (tx, audit) => {
        const before = await getProgress(tx, req.params.id);
        const target = await targetForReporter(tx, user, before.targetId);
        if (b.period) await checkPeriodInPlanYear(tx, target, b.period);
        return patchProgress(
          tx,
          audit,
          before.id,
          {
            ...b,
            ...(b.period ? { periodEnd: periodEnd(b.period)! } : {}),
            ...(b.value !== undefined ? { value: valueInTargetUnit(target, b.value, unit) } : {}),
          },
          version,
        );
      });
      return present(req.params.id);
    },
  );

  app.post(
    '/api/progress/:id/submit',
    {
      schema: {
        tags: ['progress'],
        params: idParamsSchema,
        // A POST without a body (curl -X POST) arrives as null: accepted like {}.
        body: progressActionSchema.nullish(),
        response: { 200: progressReportSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin', 'reporter');
      await write(db, { userId: user.id }, async (tx, audit) => {
        const before = await getProgress(tx, req.params.id);
        const target = await targetForReporter(tx, user, before.targetId);
        // A draft saved before the period check existed may hold a period of another year (DOMAIN.md §1.3).
        await checkPeriodInPlanYear(tx, target, before.period, PERIOD_FIX.submit);
        return transitionProgress(tx, audit, before.id, 'submit', user.id, { version: req.body?.version });
      });
      return present(req.params.id);
    },
  );

  app.post(
    '/api/progress/:id/approve',
    {
      schema: {
        tags: ['progress'],
        params: idParamsSchema,
        body: progressApproveSchema.optional(),
        response: { 200: progressReportSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const { version, verdict } = req.body ?? {};
      await write(db, { userId: user.id }, async (tx, audit) => {
        if (verdict) await checkVerdictTarget(tx, req.params.id);
        // Reports filed before the period check existed are checked again here: an approved report of another
        // year would be judged as this year's (nothing is written on refusal; the transaction rolls back).
        const before = await getProgress(tx, req.params.id);
        const { target } = await getTarget(tx, before.targetId);
        await checkPeriodInPlanYear(tx, target, before.period, PERIOD_FIX.approve);
        return transitionProgress(tx, audit, req.params.id, 'approve', user.id, { version, verdict });
      });
      return present(req.params.id);
    },
  );

  app.post(
    '/api/progress/:id/return',
    {
      schema: {
        tags: ['progress'],
        params: idParamsSchema,
        body: progressReturnSchema,
        response: { 200: progressReportSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      await write(db, { userId: user.id }, (tx, audit) =>
        transitionProgress(tx, audit, req.params.id, 'return', user.id, {
          version: req.body.version,
          reason: req.body.reason,
        }),
      );
      return present(req.params.id);
    },
  );

  app.post(
    '/api/progress/:id/evidence',
    { schema: { tags: ['progress'], params: idParamsSchema, response: { 201: evidenceSchema } } },
    async (req, reply) => {
      const user = requireRole(req, 'admin', 'reporter');
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await req.file();
      if (!file) throw new AppError('BAD_REQUEST', { zh: '请附上文件。', en: 'Attach a file.' });
      const data = new Uint8Array(await file.toBuffer());
      const meta = await write(db, { userId: user.id }, async (tx, audit) => {
        const before = await getProgress(tx, req.params.id);
        await targetForReporter(tx, user, before.targetId);
        return addEvidence(tx, audit, before.id, {
          name: file.filename.slice(0, 200) || 'file',
          mime: file.mimetype,
          data,
        });
      });
      return reply
        .status(201)
        .send({ id: meta.id, name: meta.name, size: meta.size, url: `/api/evidence/${meta.id}` });
    },
  );

  app.get(
    '/api/evidence/:id',
    { schema: { tags: ['progress'], params: idParamsSchema } },
    async (req, reply) => {
      requireUser(req);
      const e = await getEvidence(db, req.params.id);
      await getTarget(db, (await getProgress(db, e.progressId)).targetId);
      return reply
        .header('content-type', e.mime || 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(e.name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(e.data));
    },
  );
}
