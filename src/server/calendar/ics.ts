// GET /api/plans/:id/calendar.ics: the reporting calendar as an iCalendar file (RFC 5545) for a calendar app:
// the plan's due dates with every open 督办单's response deadline (each naming its department), or a
// department's (?department=) with its own open sheets (docs/supervision.md "Calendar export"). Same readers as the calendar page: any signed-in user; a reporter
// only its own department's.
import { z } from 'zod';
import { serializeCalendar } from '../../domain/supervision/ics';
import { type IcsLang, reportingIcsEvents } from '../../domain/supervision/ics-events';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { listSheets } from '../../storage/repos/supervision';
import type { UserRow } from '../../storage/schema';
import { requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { attachment } from '../download';
import { calendarStatuses, departmentName, loadPlanData, type PlanData } from '../supervision/load';
import { localToday } from '../supervision/render';

export const calendarIcsQuerySchema = z.object({
  department: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  lang: z.enum(['zh', 'en']).default('zh'),
});

/** The department whose calendar is asked for, or null for the plan's; a reporter gets its own only. */
function departmentFor(user: UserRow, asked: number | undefined): number | null {
  if (user.role !== 'reporter') return asked ?? null;
  if (user.departmentId === null || (asked !== undefined && asked !== user.departmentId)) {
    throw new AppError('FORBIDDEN');
  }
  return user.departmentId;
}

function fileNames(data: PlanData, department: number | null): { ascii: string; utf8: string } {
  const suffix = department === null ? '' : `-dept${department}`;
  const who = department === null ? '' : `-${departmentName(data, department)}`;
  const { year, regionName } = data.plan;
  return {
    ascii: `duban-plan${data.plan.id}-calendar${suffix}.ics`,
    utf8: `${year}年${regionName}报送日历${who}.ics`,
  };
}

async function planIcs(ctx: Ctx, data: PlanData, department: number | null, lang: IcsLang): Promise<string> {
  const names = new Map(data.targets.map(({ target }) => [target.id, target.indicator]));
  const sheets = await listSheets(ctx.database.db, {
    planId: data.plan.id,
    ...(department === null ? {} : { departmentId: department }),
    state: 'open',
  });
  const entries = calendarStatuses(data, localToday()).filter(
    (e) => department === null || e.departmentId === department,
  );
  const events = reportingIcsEvents({
    planId: data.plan.id,
    planTitle: data.plan.title,
    rule: data.reporting.rule,
    entries,
    department: department === null ? null : { id: department, name: departmentName(data, department) },
    targetName: (id) => names.get(id) ?? `#${id}`,
    departmentName: (id) => departmentName(data, id),
    sheets: sheets.map(({ sheet, row }) => ({ ...sheet, id: sheet.id ?? 0, departmentId: row.departmentId })),
    lang,
  });
  // Named by region and year: a plan's title is often the whole speech title, too long for a calendar list.
  const { regionName, year } = data.plan;
  const title = lang === 'zh' ? `${regionName}${year}年报送日历` : `${regionName} reporting calendar ${year}`;
  const who = department === null ? '' : ` · ${departmentName(data, department)}`;
  return serializeCalendar({
    prodId: '-//duban//reporting calendar//ZH',
    name: `${title}${who}`,
    stamp: new Date(),
    events,
  });
}

export function calendarIcsRoute(app: App, ctx: Ctx): void {
  app.get(
    '/api/plans/:id/calendar.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Reporting calendar as iCalendar (.ics)',
        description:
          'All-day events: each reporting due date (per department with ?department=, else the plan-wide dates ' +
          "with per-target overrides as their own events) and the open 督办单 response deadlines (a department's " +
          "own, or plan-wide every department's, each naming its department). Chinese text unless lang=en. " +
          'A reporter gets its own department only.',
        params: idParamsSchema,
        querystring: calendarIcsQuerySchema,
        response: {
          200: {
            description: 'text/calendar; charset=utf-8, as an attachment',
            content: { 'text/calendar': { schema: z.string() } },
          },
        },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const department = departmentFor(user, req.query.department);
      const data = await loadPlanData(ctx.database.db, req.params.id);
      if (department !== null && !data.names.has(department)) throw new AppError('NOT_FOUND');
      const text = await planIcs(ctx, data, department, req.query.lang);
      const name = fileNames(data, department);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', attachment(name.utf8, name.ascii))
        .send(text);
    },
  );
}
