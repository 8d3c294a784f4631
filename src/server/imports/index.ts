// POST /api/imports (multipart: file, optional regionId or region [+ level], and year) → a draft plan to review.
import type { FastifyRequest } from 'fastify';
import { looksLikeHtml, sniff } from '../../extract/readers';
import { AppError } from '../../shared/api/errors';
import { importFieldsSchema, importFileExtensions, importResultSchema } from '../../shared/api/imports';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';
import { importReport } from './pipeline';

/**
 * Refuses a file whose name ends in none of the report extensions, saying what it is (a legacy .doc, an
 * image, an archive: the reader's message, which names the format and what to do) or naming the extension.
 * A PDF, .docx, web page or web archive under another name (报告.doc that is a .docx, or a page Word saved
 * as .doc) is read by its content.
 */
function refuseByName(fileName: string, bytes: Uint8Array): void {
  const ext = fileName.includes('.') ? (fileName.split('.').pop()?.toLowerCase() ?? '') : '';
  if ((importFileExtensions as readonly string[]).includes(ext)) return;
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'pdf' || sniffed.kind === 'docx' || sniffed.kind === 'mht') return;
  // A web page saved with a Word name (Word's 另存为网页 as 报告.doc): markup at the start.
  if (sniffed.kind === 'text' && looksLikeHtml(new TextDecoder().decode(bytes.subarray(0, 4096)))) return;
  if (sniffed.kind === 'unsupported')
    throw new AppError('UNSUPPORTED_FILE', { zh: sniffed.what, en: sniffed.what });
  const named = ext === '' ? '没有扩展名的文件' : `.${ext} 文件`;
  const namedEn = ext === '' ? 'a file without an extension' : `a .${ext} file`;
  throw new AppError('UNSUPPORTED_FILE', {
    zh: `不支持${named},请上传 txt、docx、pdf 或 html 格式的报告。`,
    en: `Unsupported upload (${namedEn}); upload the report as txt, docx, pdf or html.`,
  });
}

/** The uploaded report and its optional fields (regionId or region/level, year); 415/400 for a wrong upload. */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const file = await req.file();
  if (!file) throw new AppError('BAD_REQUEST', { zh: '请附上报告文件。', en: 'Attach the report file.' });
  const bytes = new Uint8Array(await file.toBuffer());
  refuseByName(file.filename, bytes);
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
