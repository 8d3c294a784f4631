// /api/public/*: no login; published plans, their published items and approved progress only (DOMAIN.md §5).
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { publicPlanSchema } from '../../shared/api/public';
import { listPlans } from '../../storage/repos';
import type { App, Ctx } from '../context';
import { emptyCounts, presentPlanSummary } from '../presenters/plan';
import { publicPlan } from './service';

export function publicRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/public/plans',
    { schema: { tags: ['public'], response: { 200: z.array(publicPlanSchema.omit({ items: true })) } } },
    async () =>
      (await listPlans(db, ['published'])).map((p) => {
        const { counts: _c, ...summary } = presentPlanSummary(p, emptyCounts());
        return summary;
      }),
  );

  app.get(
    '/api/public/plans/:id',
    { schema: { tags: ['public'], params: idParamsSchema, response: { 200: publicPlanSchema } } },
    async (req) => {
      const plan = await publicPlan(db, req.params.id);
      if (!plan) throw new AppError('NOT_FOUND');
      return plan;
    },
  );
}
