// The error catalogue at the HTTP edge: every failure becomes `{ error: { code, message } }` in the
// caller's language; database errors are mapped by SQLSTATE, never by message text; 5xx details are
// logged, not sent (STYLE.md habit 5).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, errorHttpStatus, errorMessages } from '../shared/api/errors';
import { sqlState } from '../storage/errors';

export type Lang = 'zh' | 'en';

/** zh unless the client prefers English (Accept-Language). */
export function langOf(req: FastifyRequest): Lang {
  const h = req.headers['accept-language'];
  const first = (Array.isArray(h) ? h[0] : h)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/** SQLSTATE → catalogue code (PostgreSQL Appendix A). */
const sqlStateCodes: Record<string, ErrorCode> = {
  '23505': 'ALREADY_EXISTS', // unique_violation
  '23503': 'REFERENCED_RECORD_MISSING', // foreign_key_violation
  '23502': 'VALIDATION_FAILED', // not_null_violation
  '23514': 'VALIDATION_FAILED', // check_violation
  '22P02': 'VALIDATION_FAILED', // invalid_text_representation
  '22003': 'VALIDATION_FAILED', // numeric_value_out_of_range
  '22007': 'VALIDATION_FAILED', // invalid_datetime_format
  '22008': 'VALIDATION_FAILED', // datetime_field_overflow
  '22001': 'VALIDATION_FAILED', // string_data_right_truncation
  '40001': 'VERSION_CONFLICT', // serialization_failure
  '40P01': 'VERSION_CONFLICT', // deadlock_detected
};

/** Fastify's own client-error codes. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

interface Rendered {
  status: number;
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export function renderError(err: unknown, lang: Lang): Rendered {
  const text = (code: ErrorCode) => errorMessages[code][lang];
  if (err instanceof AppError) {
    return {
      status: errorHttpStatus[err.code],
      code: err.code,
      message: err.detail?.[lang] ?? text(err.code),
      ...(err.fields ? { fields: err.fields } : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, string> = {};
    for (const v of err.validation) {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      fields[`${err.validationContext ?? 'body'}${path ? `.${path}` : ''}`] = v.message ?? 'invalid';
    }
    const list = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      message: `${text('VALIDATION_FAILED')} ${list}`,
      fields,
    };
  }
  const state = sqlState(err);
  if (state && sqlStateCodes[state]) {
    const code = sqlStateCodes[state]!;
    return { status: errorHttpStatus[code], code, message: text(code) };
  }
  const fe = err as Partial<FastifyError>;
  if (fe.code && fastifyCodes[fe.code]) {
    const code = fastifyCodes[fe.code]!;
    return { status: errorHttpStatus[code], code, message: text(code) };
  }
  if (err instanceof SyntaxError && fe.statusCode === 400) {
    return { status: 400, code: 'MALFORMED_JSON', message: text('MALFORMED_JSON') };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code: ErrorCode =
      fe.statusCode === 429 ? 'RATE_LIMITED' : fe.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    return { status: fe.statusCode, code, message: text(code) };
  }
  return { status: 500, code: 'INTERNAL', message: text('INTERNAL') };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const r = renderError(err, langOf(req));
  if (r.status >= 500) req.log.error({ err }, 'unexpected error');
  else req.log.debug({ code: r.code }, 'client error');
  return reply
    .status(r.status)
    .send({ error: { code: r.code, message: r.message, ...(r.fields ? { fields: r.fields } : {}) } });
}
