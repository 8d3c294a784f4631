// 督办单: list and detail (visible on the target and in a list), issue / return / 办结 by the 督查室 (admin),
// the response by the responsible department's reporter, and the daily review on demand (DOMAIN.md §1.4).
import { z } from 'zod';
import {
  closeSheet,
  respondToSheet,
  returnResponse,
  type SheetResult,
} from '../../domain/supervision/sheets';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import {
  sheetCloseSchema,
  sheetCreateSchema,
  sheetQuerySchema,
  sheetRespondSchema,
  sheetReturnSchema,
  sheetReviewResultSchema,
  sheetSchema,
} from '../../shared/api/supervision';
import type { Queryable } from '../../storage/db';
import { getTarget, listDepartments, listTargets } from '../../storage/repos';
import { getSheet, listSheets, type StoredSheet, saveSheet } from '../../storage/repos/supervision';
import type { UserRow } from '../../storage/schema';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { loadPlanData } from '../supervision/load';
import { localToday } from '../supervision/render';
import { issueFor, reviewPlanSheets } from '../supervision/sheets';
import { presentSheet } from './present';

/** Domain refusals as catalogued errors: empty or long text → 400, wrong state → 409. */
function unwrap(r: SheetResult) {
  if (r.ok) return r.sheet;
  const code = r.code.startsWith('TEXT_') ? 'VALIDATION_FAILED' : 'INVALID_STATE';
  throw new AppError(code, r.message);
}

function canSee(user: UserRow, s: StoredSheet): boolean {
  return user.role !== 'reporter' || (user.departmentId !== null && s.row.departmentId === user.departmentId);
}

async function presentAll(q: Queryable, sheets: StoredSheet[]) {
  const ids = [...new Set(sheets.map((s) => s.row.targetId))];
  const [targets, depts] = await Promise.all([listTargets(q, { ids }), listDepartments(q)]);
  const byId = new Map(targets.map((t) => [t.target.id, t.target]));
  const names = new Map(depts.map((d) => [d.id, d.name]));
  const today = localToday();
  return sheets.map((s) => presentSheet(s, byId.get(s.row.targetId), names, today));
}

export function sheetRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  const tags = ['sheets'];

  app.get(
    '/api/sheets',
    { schema: { tags, querystring: sheetQuerySchema, response: { 200: z.array(sheetSchema) } } },
    async (req) => {
      const user = requireUser(req);
      const q = req.query;
      const departmentId = user.role === 'reporter' ? (user.departmentId ?? -1) : q.departmentId;
      const rows = await listSheets(db, {
        ...(q.planId ? { planId: q.planId } : {}),
        ...(q.targetId ? { targetId: q.targetId } : {}),
        ...(departmentId ? { departmentId } : {}),
        ...(q.state ? { state: q.state } : {}),
      });
      return presentAll(db, rows);
    },
  );

  const one = async (user: UserRow, id: number) => {
    const s = await getSheet(db, id);
    if (!canSee(user, s)) throw new AppError('NOT_FOUND');
    return (await presentAll(db, [s]))[0]!;
  };

  app.get(
    '/api/sheets/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: sheetSchema } } },
    async (req) => one(requireUser(req), req.params.id),
  );

  app.post(
    '/api/sheets',
    { schema: { tags, body: sheetCreateSchema, response: { 201: sheetSchema } } },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      const b = req.body;
      const { target } = await getTarget(db, b.targetId);
      const data = await loadPlanData(db, target.planId);
      const stored = await write(db, { userId: user.id }, (tx, audit) =>
        issueFor(tx, audit, data, b.targetId, localToday(), {
          ...(b.colour ? { colour: b.colour } : {}),
          ...(b.reason ? { reason: b.reason } : {}),
          ...(b.responseDeadline ? { responseDeadline: b.responseDeadline } : {}),
          userId: user.id,
        }),
      );
      return reply.status(201).send(await one(user, stored.row.id));
    },
  );

  const act = (
    path: string,
    roles: Array<'admin' | 'reporter'>,
    schema: z.ZodType,
    change: (s: StoredSheet, body: Record<string, unknown>, user: UserRow, today: string) => SheetResult,
  ) =>
    app.post(
      `/api/sheets/:id/${path}`,
      { schema: { tags, params: idParamsSchema, body: schema, response: { 200: sheetSchema } } },
      async (req) => {
        const user = requireRole(req, ...roles);
        const body = req.body as Record<string, unknown> & { version?: number };
        await write(db, { userId: user.id }, async (tx, audit) => {
          const before = await getSheet(tx, req.params.id, true);
          if (!canSee(user, before)) throw new AppError('NOT_FOUND');
          const after = unwrap(change(before, body, user, localToday()));
          return saveSheet(tx, audit, before, after, body.version, path, user.id);
        });
        return one(user, req.params.id);
      },
    );

  act('respond', ['admin', 'reporter'], sheetRespondSchema, (s, b, u, today) =>
    respondToSheet(s.sheet, String(b.text), u.name, today),
  );
  act('return', ['admin'], sheetReturnSchema, (s, b, _u, today) =>
    returnResponse(s.sheet, String(b.reason), today),
  );
  act('close', ['admin'], sheetCloseSchema, (s, b, u, today) =>
    closeSheet(s.sheet, u.name, today, String(b.note ?? ''), b.force === true),
  );

  app.post(
    '/api/plans/:id/sheets/review',
    { schema: { tags, params: idParamsSchema, response: { 200: sheetReviewResultSchema } } },
    async (req) => {
      const user = requireRole(req, 'admin');
      const data = await loadPlanData(db, req.params.id);
      const r = await write(db, { userId: user.id }, (tx, audit) =>
        reviewPlanSheets(tx, audit, data, localToday(), user.id),
      );
      return { issued: await presentAll(db, r.issued), escalated: await presentAll(db, r.escalated) };
    },
  );
}
