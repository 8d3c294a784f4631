// Report bytes → text. Format by magic bytes, encoding by content; the name only adds a warning when its
// extension disagrees with the content. Parsers (pdfjs, mammoth, htmlparser2) load only when needed.
import type { Warning } from '../types';
import { decodeText, type TextEncoding } from './encoding';
import { MAX_REPORT_BYTES, ReportReadError } from './errors';
import { looksLikeHtml, sniff } from './sniff';

export type { TextEncoding } from './encoding';
export { isReportReadError, MAX_REPORT_BYTES, type ReadErrorCode, ReportReadError } from './errors';
export { looksLikeHtml, type Sniffed, sniff } from './sniff';

export type ReportFormat = 'text' | 'html' | 'docx' | 'pdf';

export interface ReadReportResult {
  text: string;
  format: ReportFormat;
  /** The text encoding found; 'embedded' for .docx and PDF, which carry their own. */
  encoding: TextEncoding | 'embedded';
  warnings: Warning[];
}

const EXTENSIONS: Record<ReportFormat, readonly string[]> = {
  text: ['txt', 'text', 'md', 'markdown', 'csv'],
  html: ['html', 'htm', 'shtml', 'xhtml', 'mht', 'mhtml'],
  docx: ['docx'],
  pdf: ['pdf'],
};

function extensionWarning(name: string | undefined, format: ReportFormat): Warning[] {
  const ext = name?.match(/\.([A-Za-z0-9]{1,8})$/)?.[1]?.toLowerCase();
  if (!ext || EXTENSIONS[format].includes(ext)) return [];
  const known = Object.values(EXTENSIONS).some((list) => list.includes(ext));
  if (!known) return [];
  return [
    {
      code: 'extension_mismatch',
      message: `文件扩展名 .${ext} 与内容(${format})不符,已按内容读取 / the .${ext} extension does not match the content (${format}); read by content`,
    },
  ];
}

async function readByContent(
  bytes: Uint8Array,
): Promise<Omit<ReadReportResult, 'warnings'> & { warnings: Warning[] }> {
  const sniffed = sniff(bytes);
  switch (sniffed.kind) {
    case 'unsupported':
      throw new ReportReadError('unsupported_format', sniffed.what);
    case 'pdf': {
      const { pdfToText } = await import('./pdf');
      return { ...(await pdfToText(bytes)), format: 'pdf', encoding: 'embedded' };
    }
    case 'mht': {
      const { mhtToHtml } = await import('./mht');
      const html = mhtToHtml(bytes);
      if (html === undefined) throw new ReportReadError('no_text');
      const { htmlToText } = await import('./html');
      return { text: htmlToText(html), format: 'html', encoding: 'embedded', warnings: [] };
    }
    case 'docx': {
      const { docxToText } = await import('./docx');
      return { ...(await docxToText(bytes)), format: 'docx', encoding: 'embedded' };
    }
    case 'text': {
      const { text, encoding, invalidBytes } = decodeText(bytes);
      const warnings: Warning[] = invalidBytes
        ? [
            {
              code: 'invalid_utf8',
              message: `有 ${invalidBytes} 处字节不是有效的 UTF-8,已替换为 � / ${invalidBytes} invalid UTF-8 byte sequences were replaced by �`,
            },
          ]
        : [];
      if (looksLikeHtml(text)) {
        const { htmlToText } = await import('./html');
        return { text: htmlToText(text), format: 'html', encoding, warnings };
      }
      return { text: text.replace(/\r\n?/g, '\n'), format: 'text', encoding, warnings };
    }
  }
}

/** Reads a report file's bytes into text. Throws ReportReadError (stable `code`, one-line message). */
export async function readReport(bytes: Uint8Array, name?: string): Promise<ReadReportResult> {
  if (bytes.byteLength === 0) throw new ReportReadError('empty_file');
  if (bytes.byteLength > MAX_REPORT_BYTES) throw new ReportReadError('file_too_large');
  const result = await readByContent(bytes);
  if (result.text.trim() === '')
    throw new ReportReadError(result.format === 'pdf' ? 'pdf_no_text_layer' : 'no_text');
  return { ...result, warnings: [...extensionWarning(name, result.format), ...result.warnings] };
}
