// /api/plans: list, detail tree, source text with highlights, actuals, confirm and publish. Thin handlers:
// parse → authorize → storage or service → present.
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { actualSchema, planDetailSchema, planSourceSchema, planSummarySchema } from '../../shared/api/plans';
import { progressActionSchema } from '../../shared/api/progress';
import { getPlan, listActuals, planTree, setPlanStatus } from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentActual, presentPlanDetail } from '../presenters/plan';
import { planSource, planSummaries } from './service';

export { planSummaries } from './service';

export function planRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/plans',
    {
      config: { readCache: true },
      schema: { tags: ['plans'], response: { 200: z.array(planSummarySchema) } },
    },
    async (req) => {
      requireUser(req);
      return planSummaries(db);
    },
  );

  app.get(
    '/api/plans/:id',
    { schema: { tags: ['plans'], params: idParamsSchema, response: { 200: planDetailSchema } } },
    async (req) => {
      requireUser(req);
      const plan = await getPlan(db, req.params.id);
      return presentPlanDetail(plan, await planTree(db, plan.id));
    },
  );

  app.get(
    '/api/plans/:id/source',
    { schema: { tags: ['plans'], params: idParamsSchema, response: { 200: planSourceSchema } } },
    async (req) => {
      requireUser(req);
      return planSource(db, req.params.id);
    },
  );

  app.get(
    '/api/plans/:id/actuals',
    { schema: { tags: ['plans'], params: idParamsSchema, response: { 200: z.array(actualSchema) } } },
    async (req) => {
      requireUser(req);
      await getPlan(db, req.params.id);
      return (await listActuals(db, req.params.id)).map(presentActual);
    },
  );

  for (const [action, to] of [
    ['confirm', 'confirmed'],
    ['publish', 'published'],
  ] as const) {
    app.post(
      `/api/plans/:id/${action}`,
      {
        schema: {
          tags: ['plans'],
          params: idParamsSchema,
          // A POST without a body (curl -X POST) arrives as null: accepted like {}.
          body: progressActionSchema.nullish(),
          response: { 200: planSummarySchema },
        },
      },
      async (req) => {
        const user = requireRole(req, 'admin');
        await write(db, { userId: user.id }, (tx, audit) =>
          setPlanStatus(tx, audit, req.params.id, to, req.body?.version),
        );
        const [summary] = await planSummaries(db, undefined, [req.params.id]);
        return summary!;
      },
    );
  }
}
