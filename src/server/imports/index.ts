// POST /api/imports (multipart: file, optional regionId and year) → a draft plan to review.
import { AppError } from '../../shared/api/errors';
import { importFieldsSchema, importFileExtensions, importResultSchema } from '../../shared/api/imports';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { importReport } from './pipeline';

export function importRoutes(app: App, ctx: Ctx): void {
  app.post(
    '/api/imports',
    { schema: { tags: ['imports'], response: { 201: importResultSchema } } },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await req.file();
      if (!file) throw new AppError('BAD_REQUEST', { zh: '请附上报告文件。', en: 'Attach the report file.' });
      const ext = file.filename.split('.').pop()?.toLowerCase() ?? '';
      if (!(importFileExtensions as readonly string[]).includes(ext)) throw new AppError('UNSUPPORTED_FILE');
      const bytes = new Uint8Array(await file.toBuffer());
      const raw = Object.fromEntries(
        Object.entries(file.fields).flatMap(([k, v]) =>
          v && !Array.isArray(v) && v.type === 'field' ? [[k, String(v.value)]] : [],
        ),
      );
      const fields = importFieldsSchema.safeParse(raw);
      if (!fields.success)
        throw new AppError(
          'VALIDATION_FAILED',
          fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      const result = await importReport(
        ctx.database.db,
        { userId: user.id },
        {
          bytes,
          fileName: file.filename,
          ...(fields.data.regionId ? { regionId: fields.data.regionId } : {}),
          ...(fields.data.year ? { year: fields.data.year } : {}),
        },
      );
      return reply.status(201).send(result);
    },
  );
}
