// GET /api/plans/:id/dashboard: counts by status, by area, by lead department, main targets and lagging items
// (the 通报 pattern, DOMAIN.md §1.4). The work is in ./service.ts.
import { idParamsSchema } from '../../shared/api/common';
import { dashboardQuerySchema, dashboardSchema } from '../../shared/api/dashboard';
import { requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { today } from '../presenters/target';
import { buildDashboard } from './service';

export function dashboardRoutes(app: App, ctx: Ctx): void {
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
      return buildDashboard(ctx.database.db, req.params.id, req.query.asOf ?? today());
    },
  );
}
