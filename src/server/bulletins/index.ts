// 通报 for a period (DOMAIN.md §1.4): a preview computed now, publication by the 督查室 (admin) with the next
// 文号 of the year and a frozen snapshot, the list of a plan's 通报, and each as .docx (GB/T 9704 layout) or text.
import { z } from 'zod';
import type { Bulletin } from '../../domain/supervision/bulletin';
import { idParamsSchema } from '../../shared/api/common';
import {
  type BulletinView,
  bulletinCreateSchema,
  bulletinQuerySchema,
  bulletinSchema,
  bulletinSummarySchema,
} from '../../shared/api/supervision';
import { getBulletin, insertBulletin, listBulletins, nextBulletinSeq } from '../../storage/repos/supervision';
import type { BulletinRow } from '../../storage/schema-supervision';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { attachment } from '../download';
import { bulletinOf } from '../supervision/documents';
import { checkPeriod, loadPlanData } from '../supervision/load';
import { localToday, renderBulletin } from '../supervision/render';

function view(b: Bulletin, planId: number, period: string, id: number | null): BulletinView {
  return { ...b, id, planId, period };
}

const fromRow = (row: BulletinRow) => view(row.snapshot as Bulletin, row.planId, row.period, row.id);

export function bulletinRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  const tags = ['bulletins'];

  app.get(
    '/api/plans/:id/bulletins/preview',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: bulletinQuerySchema,
        response: { 200: bulletinSchema },
      },
    },
    async (req) => {
      requireRole(req, 'admin', 'leader');
      const data = await loadPlanData(db, req.params.id);
      const period = checkPeriod(data, req.query.period);
      const issuedOn = req.query.date ?? localToday();
      const seq = await nextBulletinSeq(db, Number(issuedOn.slice(0, 4)));
      return view(bulletinOf(data, { period, issuedOn, seq }), data.plan.id, period, null);
    },
  );

  app.post(
    '/api/plans/:id/bulletins',
    {
      schema: { tags, params: idParamsSchema, body: bulletinCreateSchema, response: { 201: bulletinSchema } },
    },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      const data = await loadPlanData(db, req.params.id);
      const period = checkPeriod(data, req.body.period);
      const issuedOn = req.body.issuedOn ?? localToday();
      const year = Number(issuedOn.slice(0, 4));
      const row = await write(db, { userId: user.id }, async (tx, audit) => {
        const seq = await nextBulletinSeq(tx, year);
        const b = bulletinOf(data, { period, issuedOn, seq });
        return insertBulletin(tx, audit, {
          planId: data.plan.id,
          period,
          year,
          seq,
          number: b.docNumber,
          title: b.title,
          issuedOn,
          snapshot: b,
          createdBy: user.id,
        });
      });
      return reply.status(201).send(fromRow(row));
    },
  );

  app.get(
    '/api/plans/:id/bulletins',
    { schema: { tags, params: idParamsSchema, response: { 200: z.array(bulletinSummarySchema) } } },
    async (req) => {
      requireUser(req);
      return (await listBulletins(db, req.params.id)).map((r) => ({
        id: r.id,
        planId: r.planId,
        period: r.period,
        docNumber: r.number,
        title: r.title,
        issuedOn: r.issuedOn,
      }));
    },
  );

  app.get(
    '/api/bulletins/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: bulletinSchema } } },
    async (req) => {
      requireUser(req);
      return fromRow(await getBulletin(db, req.params.id));
    },
  );

  app.get(
    '/api/bulletins/:id/file',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.object({ format: z.enum(['docx', 'txt']).default('docx') }),
      },
    },
    async (req, reply) => {
      requireUser(req);
      const row = await getBulletin(db, req.params.id);
      const file = await renderBulletin(row.snapshot as Bulletin, req.query.format);
      return reply
        .type(file.mime)
        .header('content-disposition', attachment(file.fileName, file.asciiName))
        .send(file.bytes);
    },
  );
}
