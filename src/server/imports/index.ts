// POST /api/imports (multipart: file, optional regionId or region [+ level], and year) → a draft plan to review.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../shared/api/errors';
import { importFieldsSchema, importFileExtensions, importResultSchema } from '../../shared/api/imports';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { importReport } from './pipeline';

/** The uploaded report and its optional fields (regionId or region/level, year); 415/400 for a wrong upload. */
async function readUpload(req: FastifyRequest) {
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
  if (!fields.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return { bytes, fileName: file.filename, fields: fields.data };
}

export function importRoutes(app: App, ctx: Ctx): void {
  app.post(
    '/api/imports',
    { schema: { tags: ['imports'], response: { 201: importResultSchema } } },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      const { bytes, fileName, fields } = await readUpload(req);
      const result = await importReport(
        ctx.database.db,
        { userId: user.id },
        {
          bytes,
          fileName,
          ...(fields.regionId ? { regionId: fields.regionId } : {}),
          ...(fields.region
            ? { region: { name: fields.region, ...(fields.level ? { level: fields.level } : {}) } }
            : {}),
          ...(fields.year ? { year: fields.year } : {}),
        },
      );
      return reply.status(201).send(result);
    },
  );
}
