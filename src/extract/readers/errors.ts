// Typed reader errors: a stable machine code and a one-line Chinese + English message (STYLE.md habit 5).

export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const MESSAGES = {
  empty_file: '文件为空 / the file is empty',
  file_too_large: `文件超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 上限 / the file is larger than the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit`,
  binary_file: '文件不是文本、Word(.docx)、PDF 或网页 / the file is binary, not text, .docx, PDF or HTML',
  unknown_encoding:
    '无法识别文字编码(支持 UTF-8、UTF-16、GB18030/GBK) / unknown text encoding (UTF-8, UTF-16 and GB18030/GBK are supported)',
  unsupported_format: '不支持的文件格式 / unsupported file format',
  pdf_no_text_layer: 'PDF 没有文字层(扫描件?),请先做文字识别 / no text layer (scanned PDF?): run OCR first',
  pdf_garbled_text:
    'PDF的文字层无法正确解码(字体缺少Unicode映射),请改用Word或文本文件 / the PDF text layer cannot be decoded (its fonts lack a Unicode map): use the Word or text file instead',
  pdf_encrypted: 'PDF 已加密,请先解除密码 / the PDF is encrypted: remove the password first',
  pdf_unreadable: 'PDF 文件已损坏或无法解析 / the PDF is damaged or cannot be parsed',
  docx_unreadable: 'Word(.docx)文件已损坏或无法解析 / the .docx file is damaged or cannot be parsed',
  no_text: '文件中没有文字 / the file contains no text',
} as const;

export type ReadErrorCode = keyof typeof MESSAGES;

/** Thrown by readReport for input it cannot turn into text. `message` is one line, safe to show a user. */
export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
  readonly code: ReadErrorCode;

  constructor(code: ReadErrorCode, detail?: string) {
    // An unsupported format's detail is the whole message: it names the format and what to do.
    super(
      !detail ? MESSAGES[code] : code === 'unsupported_format' ? detail : `${MESSAGES[code]} (${detail})`,
    );
    this.code = code;
  }
}

export function isReportReadError(e: unknown): e is ReportReadError {
  return e instanceof ReportReadError;
}
