// /api/public/*: no login; published plans, their published items and approved progress only (DOMAIN.md §5).
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { publicPlanSchema } from '../../shared/api/public';
import { latestApproved, listDepartments, listTargets } from '../../storage/repos';
import type { App, Ctx } from '../context';
import { planSummaries } from '../plans';

export function publicRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  const publicPlan = async (planId: number) => {
    const [plan] = (await planSummaries(db, ['published'])).filter((p) => p.id === planId);
    if (!plan) throw new AppError('NOT_FOUND');
    const rows = (await listTargets(db, { planId })).filter((r) => r.target.published);
    const [latest, depts] = await Promise.all([
      latestApproved(
        db,
        rows.map((r) => r.target.id),
      ),
      listDepartments(db),
    ]);
    const { counts: _c, ...summary } = plan;
    return {
      ...summary,
      items: rows.map(({ target: t, assignment: a }) => {
        const l = latest.get(t.id);
        return {
          id: t.id,
          indicator: t.indicator,
          span: t.span,
          comparator: t.comparator,
          value: t.value,
          unit: t.unit,
          lead: depts.find((d) => d.id === a?.leadDepartmentId)?.name ?? null,
          latest: l ? { period: l.period, value: l.value, progress: l.progress } : null,
        };
      }),
    };
  };

  app.get(
    '/api/public/plans',
    { schema: { tags: ['public'], response: { 200: z.array(publicPlanSchema.omit({ items: true })) } } },
    async () => (await planSummaries(db, ['published'])).map(({ counts: _c, ...p }) => p),
  );

  app.get(
    '/api/public/plans/:id',
    { schema: { tags: ['public'], params: idParamsSchema, response: { 200: publicPlanSchema } } },
    async (req) => publicPlan(req.params.id),
  );
}
