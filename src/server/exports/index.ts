// GET /api/plans/:id/export/:format: the 台账 (.xlsx), the year-end review (.docx or text), targets and progress as
// CSV, the plan as JSON, StratML Part 2 XML — the same files as `duban export` (src/server/supervision/render.ts).
import { exportParamsSchema } from '../../shared/api/supervision';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { attachment } from '../download';
import { loadPlanData } from '../supervision/load';
import { renderExport } from '../supervision/render';

export function exportRoutes(app: App, ctx: Ctx): void {
  app.get(
    '/api/plans/:id/export/:format',
    { schema: { tags: ['exports'], params: exportParamsSchema } },
    async (req, reply) => {
      requireRole(req, 'admin', 'leader');
      const data = await loadPlanData(ctx.database.db, req.params.id);
      const file = await renderExport(data, req.params.format);
      return reply
        .type(file.mime)
        .header('content-disposition', attachment(file.fileName, file.asciiName))
        .send(file.bytes);
    },
  );
}
