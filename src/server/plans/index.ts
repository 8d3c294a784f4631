// /api/plans: list, detail tree, source text with highlights, actuals, confirm and publish.
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { actualSchema, planDetailSchema, planSourceSchema, planSummarySchema } from '../../shared/api/plans';
import { progressActionSchema } from '../../shared/api/progress';
import type { Queryable } from '../../storage/db';
import { getPlan, listActuals, listPlans, listTargets, planTree, setPlanStatus } from '../../storage/repos';
import type { PlanRow } from '../../storage/schema';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { countStatuses, presentPlanSummary } from '../presenters/plan';
import { loadTargets } from '../targets/load';

export async function planSummaries(q: Queryable, only?: PlanRow['status'][]) {
  const plans = await listPlans(q, only);
  const out = [];
  for (const p of plans) {
    const judged = await loadTargets(q, { planId: p.id });
    out.push(presentPlanSummary(p, countStatuses(judged.map((j) => j.target.judgement.status))));
  }
  return out;
}

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
      const tree = await planTree(db, plan.id);
      return {
        id: plan.id,
        title: plan.title,
        year: plan.year,
        reviewYear: plan.reviewYear,
        region: { id: plan.regionId, name: plan.regionName },
        status: plan.status,
        sourceHash: plan.sourceHash,
        sections: tree.sections.map((s) => ({
          id: s.id,
          level: s.level,
          ordinal: s.ordinal,
          title: s.title,
          role: s.role,
          start: s.start,
          end: s.end,
        })),
        tasks: tree.tasks.map((t) => ({
          id: t.id,
          sectionId: t.sectionId,
          title: t.title,
          start: t.start,
          end: t.end,
        })),
        warnings: plan.warnings,
        version: plan.version,
      };
    },
  );

  app.get(
    '/api/plans/:id/source',
    { schema: { tags: ['plans'], params: idParamsSchema, response: { 200: planSourceSchema } } },
    async (req) => {
      requireUser(req);
      const plan = await getPlan(db, req.params.id);
      const [targets, actuals] = await Promise.all([
        listTargets(db, { planId: plan.id }),
        listActuals(db, plan.id),
      ]);
      const highlights = [
        ...targets.map(({ target: t }) => ({
          targetId: t.id,
          actualId: null,
          start: t.start,
          end: t.end,
          kind: t.kind === 'qualitative' ? ('qualitative' as const) : ('target' as const),
        })),
        ...actuals.map((a) => ({
          targetId: null,
          actualId: a.id,
          start: a.start,
          end: a.end,
          kind: 'actual' as const,
        })),
      ].sort((a, b) => a.start - b.start);
      return { text: plan.sourceText, highlights, warnings: plan.warnings };
    },
  );

  app.get(
    '/api/plans/:id/actuals',
    { schema: { tags: ['plans'], params: idParamsSchema, response: { 200: z.array(actualSchema) } } },
    async (req) => {
      requireUser(req);
      await getPlan(db, req.params.id);
      return (await listActuals(db, req.params.id)).map((a) => ({
        id: a.id,
        indicator: a.indicator,
        comparator: a.comparator,
        value: a.value,
        unit: a.unit,
        ratioToPlan: a.ratioToPlan,
        yoyPct: a.yoyPct,
        span: a.span,
        start: a.start,
        end: a.end,
        previousTargetId: a.previousTargetId,
      }));
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
          body: progressActionSchema.optional(),
          response: { 200: planSummarySchema },
        },
      },
      async (req) => {
        const user = requireRole(req, 'admin');
        await write(db, { userId: user.id }, (tx, audit) =>
          setPlanStatus(tx, audit, req.params.id, to, req.body?.version),
        );
        const [summary] = (await planSummaries(db)).filter((p) => p.id === req.params.id);
        return summary!;
      },
    );
  }
}
