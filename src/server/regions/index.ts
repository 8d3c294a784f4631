// /api/regions and their rule sets (src/shared/rules.ts; DOMAIN.md §3.3 "Store the rule set, not just the colour").
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import { regionSchema } from '../../shared/api/users';
import { ruleSetSchema } from '../../shared/rules';
import { getRegion, listRegions, setRegionRules } from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { rulesOf } from '../judgement';

const rulesBodySchema = z.object({
  rules: ruleSetSchema,
  version: z.number().int().nonnegative().optional(),
});
const rulesResponseSchema = z.object({
  regionId: z.number().int(),
  rules: ruleSetSchema,
  version: z.number().int(),
});

export function regionRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/regions',
    { schema: { tags: ['regions'], response: { 200: z.array(regionSchema) } } },
    async (req) => {
      requireUser(req);
      return (await listRegions(db)).map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        parentId: r.parentId,
      }));
    },
  );

  app.get(
    '/api/regions/:id/rules',
    { schema: { tags: ['regions'], params: idParamsSchema, response: { 200: rulesResponseSchema } } },
    async (req) => {
      requireUser(req);
      const r = await getRegion(db, req.params.id);
      return { regionId: r.id, rules: rulesOf(r.rules), version: r.version };
    },
  );

  app.put(
    '/api/regions/:id/rules',
    {
      schema: {
        tags: ['regions'],
        params: idParamsSchema,
        body: rulesBodySchema,
        response: { 200: rulesResponseSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const r = await write(db, { userId: user.id }, (tx, audit) =>
        setRegionRules(tx, audit, req.params.id, req.body.rules, req.body.version),
      );
      return { regionId: r.id, rules: rulesOf(r.rules), version: r.version };
    },
  );
}
