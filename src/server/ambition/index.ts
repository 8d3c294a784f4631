// GET /api/plans/:id/ambition: targets set below last year's actual (issue 5 ambition check). The stored source
// text is extracted again and checked with ambitionOfExtraction (baselines from the review part); matches are
// linked to the stored targets by their offsets, which never change (docs/storage.md).
import { idParamsSchema } from '../../shared/api/common';
import { ambitionSchema } from '../../shared/api/supervision';
import { getPlan, listTargets } from '../../storage/repos';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { extractReport } from '../imports/adapters';
import { ambitionOfExtraction } from '../office/import-checks';

export function ambitionRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  app.get(
    '/api/plans/:id/ambition',
    {
      config: { readCache: true },
      schema: { tags: ['imports'], params: idParamsSchema, response: { 200: ambitionSchema } },
    },
    async (req) => {
      requireRole(req, 'admin', 'leader');
      const plan = await getPlan(db, req.params.id);
      const stored = await listTargets(db, { planId: plan.id });
      const x = extractReport(plan.sourceText);
      const { matches } = ambitionOfExtraction(x);
      return {
        matches: matches.flatMap((m) => {
          const t = x.targets[m.targetId];
          // Two targets can share a span (a range, 分别… figures): the one with the same figure is this one.
          const same = t ? stored.filter((s) => s.target.start === t.start && s.target.end === t.end) : [];
          const row = (
            same.find((s) => s.target.comparator === t?.comparator && s.target.value === t?.value) ?? same[0]
          )?.target;
          if (!row) return [];
          return [
            {
              targetId: row.id,
              indicator: row.indicator,
              baseline: {
                indicator: m.baseline.indicator,
                value: m.baseline.value,
                unit: m.baseline.unit,
                estimate: m.baseline.estimate ?? false,
              },
              score: m.score,
              verdict: m.verdict,
              flagged: m.flagged,
              severity: m.severity,
              messageZh: m.messageZh,
            },
          ];
        }),
      };
    },
  );
}
