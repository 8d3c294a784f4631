// The reporting calendar (DOMAIN.md §1.3): the plan's rule and per-target overrides (admin), and per entry and
// per department what is upcoming, due, submitted, late or missing on a day; the same as an .ics file (ics.ts).
import { z } from 'zod';
import { departmentDueSummary, validateReportingRule } from '../../domain/supervision/calendar';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import {
  calendarQuerySchema,
  calendarSchema,
  reportingOverrideSchema,
  reportingPutSchema,
  reportingSchema,
} from '../../shared/api/supervision';
import { getTarget } from '../../storage/repos';
import { getPlanReporting, putPlanRule, putTargetRule } from '../../storage/repos/supervision-calendar';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { calendarStatuses, loadPlanData } from '../supervision/load';
import { localToday } from '../supervision/render';
import { calendarIcsRoute } from './ics';

function checkRule(rule: Parameters<typeof validateReportingRule>[0]): void {
  const problems = validateReportingRule(rule);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems.join('; '));
}

export function calendarRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  const tags = ['calendar'];
  calendarIcsRoute(app, ctx);

  app.get(
    '/api/plans/:id/calendar',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: calendarQuerySchema,
        response: { 200: calendarSchema },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const data = await loadPlanData(db, req.params.id);
      const today = req.query.today ?? localToday();
      const only = user.role === 'reporter' ? (user.departmentId ?? -1) : req.query.departmentId;
      const entries = calendarStatuses(data, today).filter((e) => !only || e.departmentId === only);
      return {
        today,
        entries,
        departments: departmentDueSummary(entries).map(({ departmentId, ...counts }) => ({
          department: departmentId
            ? { id: departmentId, name: data.names.get(departmentId) ?? `#${departmentId}` }
            : null,
          ...counts,
        })),
      };
    },
  );

  app.get(
    '/api/plans/:id/reporting',
    { schema: { tags, params: idParamsSchema, response: { 200: reportingSchema } } },
    async (req) => {
      requireUser(req);
      await loadPlanData(db, req.params.id);
      return getPlanReporting(db, req.params.id);
    },
  );

  app.put(
    '/api/plans/:id/reporting',
    {
      schema: { tags, params: idParamsSchema, body: reportingPutSchema, response: { 200: reportingSchema } },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      checkRule(req.body.rule);
      await loadPlanData(db, req.params.id);
      await write(db, { userId: user.id }, (tx, audit) =>
        putPlanRule(tx, audit, req.params.id, req.body.rule, req.body.version),
      );
      return getPlanReporting(db, req.params.id);
    },
  );

  app.put(
    '/api/plans/:id/reporting/targets/:targetId',
    {
      schema: {
        tags,
        params: z.object({
          id: z.coerce.number().int().positive(),
          targetId: z.coerce.number().int().positive(),
        }),
        body: reportingOverrideSchema,
        response: { 200: reportingSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      if (req.body.rule) checkRule(req.body.rule);
      const { target } = await getTarget(db, req.params.targetId);
      if (target.planId !== req.params.id) throw new AppError('NOT_FOUND');
      await write(db, { userId: user.id }, (tx, audit) =>
        putTargetRule(tx, audit, req.params.id, target.id, req.body.rule),
      );
      return getPlanReporting(db, req.params.id);
    },
  );
}
