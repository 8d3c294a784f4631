// GET /api/plans/:id/review: the year-end review from approved figures in report style, grouped by area, with the
// plan-versus-actual table (DOMAIN.md §1.6). The .docx is GET /api/plans/:id/export/docx.
import { idParamsSchema } from '../../shared/api/common';
import { reviewSchema } from '../../shared/api/supervision';
import { requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { reviewOf, reviewTitle } from '../supervision/documents';
import { loadPlanData } from '../supervision/load';

export function reviewRoutes(app: App, ctx: Ctx): void {
  app.get(
    '/api/plans/:id/review',
    { schema: { tags: ['reviews'], params: idParamsSchema, response: { 200: reviewSchema } } },
    async (req) => {
      requireUser(req);
      const data = await loadPlanData(ctx.database.db, req.params.id);
      return { title: reviewTitle(data), ...reviewOf(data) };
    },
  );
}
