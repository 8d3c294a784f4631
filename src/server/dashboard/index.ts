// GET /api/plans/:id/dashboard: counts by status, by area, by lead department, main targets and lagging items
// (the 通报 pattern, DOMAIN.md §1.4).
import { timeProgress } from '../../domain/time-progress';
import { idParamsSchema } from '../../shared/api/common';
import { dashboardQuerySchema, dashboardSchema } from '../../shared/api/dashboard';
import { AppError } from '../../shared/api/errors';
import { STATUS } from '../../shared/status';
import { getRegion, listDepartments, planTree } from '../../storage/repos';
import { requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { asOfPeriod, rulesOf } from '../judgement';
import { planSummaries } from '../plans';
import { countStatuses } from '../presenters/plan';
import { today } from '../presenters/target';
import { loadTargets } from '../targets/load';

export function dashboardRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/plans/:id/dashboard',
    {
      config: { readCache: true },
      schema: {
        tags: ['dashboard'],
        params: idParamsSchema,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => {
      requireUser(req);
      const asOf = req.query.asOf ?? today();
      const [plan] = (await planSummaries(db)).filter((p) => p.id === req.params.id);
      if (!plan) throw new AppError('NOT_FOUND');
      const [judged, tree, region, depts] = await Promise.all([
        loadTargets(db, { planId: plan.id }, asOf),
        planTree(db, plan.id),
        getRegion(db, plan.region.id),
        listDepartments(db),
      ]);
      const targets = judged.map((j) => j.target);
      const rules = rulesOf(region.rules);
      const mains = judged.filter((j) => j.row.main).map((j) => j.target);
      const areaIds = [...new Set(targets.map((t) => t.sectionId))];
      const leadIds = [
        ...new Set(targets.map((t) => t.assignment?.lead?.id).filter((d): d is number => !!d)),
      ];
      const worstFirst = (a: (typeof targets)[number], b: (typeof targets)[number]) =>
        STATUS[b.judgement.status].order - STATUS[a.judgement.status].order ||
        (a.judgement.gap ?? 0) - (b.judgement.gap ?? 0);
      return {
        plan,
        asOf,
        // 序时进度 = months elapsed ÷ 12, or the region's schedule (DOMAIN.md §3.2).
        timeProgress: timeProgress(asOfPeriod(asOf), { schedule: rules.schedule }) / 100,
        mainTargets: mains.length > 0 ? mains : targets.filter((t) => t.kind === 'target').slice(0, 12),
        counts: countStatuses(targets.map((t) => t.judgement.status)),
        byArea: areaIds.map((sectionId) => ({
          sectionId,
          title: tree.sections.find((s) => s.id === sectionId)?.title ?? '未归类',
          counts: countStatuses(
            targets.filter((t) => t.sectionId === sectionId).map((t) => t.judgement.status),
          ),
        })),
        byDepartment: leadIds.map((departmentId) => ({
          departmentId,
          name: depts.find((d) => d.id === departmentId)?.name ?? `#${departmentId}`,
          counts: countStatuses(
            targets.filter((t) => t.assignment?.lead?.id === departmentId).map((t) => t.judgement.status),
          ),
        })),
        lagging: targets
          .filter(
            (t) =>
              t.judgement.status === 'behind' ||
              (t.judgement.status === 'not_started' && t.judgement.colour === 'red'),
          )
          .sort(worstFirst),
      };
    },
  );
}
