// POST /api/plans/:id/ledger (multipart .xlsx): a preview of the 分解表/台账 — good rows linked to targets, every
// bad row with its row number and errors, rows naming no task of the plan. Nothing is stored.
// POST /api/plans/:id/ledger/confirm (the same file): imports only the good, linked rows, in one transaction.

import type { FastifyRequest } from 'fastify';
import { idParamsSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { ledgerImportResultSchema, ledgerPreviewSchema } from '../../shared/api/supervision';
import { write } from '../../storage/write';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { readLedgerXlsx } from '../office/ledger-import';
import { applyLedger, departmentsOf, previewLedger } from '../supervision/ledger';
import { loadPlanData } from '../supervision/load';

async function upload(req: FastifyRequest): Promise<Uint8Array> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const file = await req.file();
  if (!file) throw new AppError('BAD_REQUEST', { zh: '请附上 .xlsx 文件。', en: 'Attach the .xlsx file.' });
  if (!file.filename.toLowerCase().endsWith('.xlsx')) {
    throw new AppError('UNSUPPORTED_FILE', {
      zh: '分解表请上传 .xlsx 文件(旧版 .xls 请先另存为 .xlsx)。',
      en: 'Upload the table as .xlsx (save an old .xls as .xlsx first).',
    });
  }
  return new Uint8Array(await file.toBuffer());
}

export function ledgerRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  const tags = ['ledger'];

  const preview = async (planId: number, bytes: Uint8Array) => {
    const data = await loadPlanData(db, planId);
    const read = await readLedgerXlsx(bytes);
    return { data, preview: previewLedger(data, read, await departmentsOf(db, data)) };
  };

  app.post(
    '/api/plans/:id/ledger',
    { schema: { tags, params: idParamsSchema, response: { 200: ledgerPreviewSchema } } },
    async (req) => {
      requireRole(req, 'admin');
      return (await preview(req.params.id, await upload(req))).preview;
    },
  );

  app.post(
    '/api/plans/:id/ledger/confirm',
    { schema: { tags, params: idParamsSchema, response: { 200: ledgerImportResultSchema } } },
    async (req) => {
      const user = requireRole(req, 'admin');
      const p = await preview(req.params.id, await upload(req));
      return write(db, { userId: user.id }, (tx, audit) => applyLedger(tx, audit, p.data, p.preview));
    },
  );
}
