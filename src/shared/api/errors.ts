// The one error envelope of the API, `{ error: { code, message } }`, and the catalogue of machine codes
// (notes/api.md conventions; STYLE.md habits 5–6). Server and web both read this file.
import { z } from 'zod';

export const errorCodes = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'CSRF_MISMATCH',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'DUPLICATE_IMPORT',
  'ALREADY_EXISTS',
  'INVALID_STATE',
  'UNIT_MISMATCH',
  'REFERENCED_RECORD_MISSING',
  'RATE_LIMITED',
  'UNSUPPORTED_FILE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Field-level problems for VALIDATION_FAILED: dotted path → message. */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** HTTP status for each code: client mistakes are 4xx, only INTERNAL is 5xx. */
export const errorHttpStatus: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_MISMATCH: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE_IMPORT: 409,
  ALREADY_EXISTS: 409,
  INVALID_STATE: 409,
  UNIT_MISMATCH: 422,
  REFERENCED_RECORD_MISSING: 422,
  RATE_LIMITED: 429,
  UNSUPPORTED_FILE: 415,
  INTERNAL: 500,
};

/** Default messages by language; the server may pass a more specific one. */
export const errorMessages: Record<ErrorCode, { zh: string; en: string }> = {
  BAD_REQUEST: { zh: '请求无效。', en: 'The request is not valid.' },
  VALIDATION_FAILED: { zh: '提交的数据不符合要求。', en: 'The submitted data is not valid.' },
  MALFORMED_JSON: { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { zh: '请求体过大。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型。', en: 'This content type is not supported.' },
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误。', en: 'Wrong user name or password.' },
  CSRF_MISMATCH: {
    zh: '缺少或错误的 CSRF 令牌,请刷新页面后重试。',
    en: 'Missing or wrong CSRF token; reload the page and try again.',
  },
  FORBIDDEN: { zh: '没有权限执行此操作。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { zh: '找不到该记录。', en: 'No such record.' },
  VERSION_CONFLICT: {
    zh: '该记录已被他人修改,请刷新后重新编辑。',
    en: 'Someone else changed this record meanwhile; reload it and edit again.',
  },
  DUPLICATE_IMPORT: {
    zh: '该报告已导入过(同一地区、同一年份、相同内容)。',
    en: 'This report was already imported (same region, year and text).',
  },
  ALREADY_EXISTS: { zh: '记录已存在。', en: 'This record already exists.' },
  INVALID_STATE: {
    zh: '当前状态下不能执行此操作。',
    en: 'This action is not possible in the current state.',
  },
  UNIT_MISMATCH: { zh: '数值的单位与目标不一致。', en: 'The value is in a different unit from the target.' },
  REFERENCED_RECORD_MISSING: { zh: '引用的记录不存在。', en: 'A referenced record does not exist.' },
  RATE_LIMITED: { zh: '尝试次数过多,请稍后再试。', en: 'Too many attempts; try again later.' },
  UNSUPPORTED_FILE: {
    zh: '不支持的文件类型,请上传 txt、docx、pdf 或 html。',
    en: 'Unsupported file type; upload txt, docx, pdf or html.',
  },
  INTERNAL: { zh: '服务器内部错误,请稍后再试。', en: 'Internal server error; please try again later.' },
};

/**
 * A failure with a catalogued code, thrown by storage and server code and rendered as the envelope.
 * `message` overrides the default text (give both languages when the detail matters to the person).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string | { zh: string; en: string },
    readonly fields?: Record<string, string>,
  ) {
    const text = typeof detail === 'string' ? detail : (detail?.en ?? errorMessages[code].en);
    super(text);
    this.name = 'AppError';
    this.detail = typeof detail === 'string' ? { zh: detail, en: detail } : detail;
  }
  readonly detail: { zh: string; en: string } | undefined;
}
