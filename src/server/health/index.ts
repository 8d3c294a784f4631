// GET /api/health: the process is up and the database answers.
import { sql } from 'drizzle-orm';
import { healthSchema } from '../../shared/api/session';
import type { App, Ctx } from '../context';

export function healthRoutes(app: App, ctx: Ctx): void {
  app.get('/api/health', { schema: { tags: ['health'], response: { 200: healthSchema } } }, async () => {
    await ctx.database.db.execute(sql`select 1`);
    return { ok: true as const, db: ctx.database.kind, version: ctx.version };
  });
}
