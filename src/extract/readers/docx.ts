// Word (.docx) → text through mammoth's raw-text extraction; mammoth is imported only when a .docx arrives.
import type { Warning } from '../types';
import { ReportReadError } from './errors';

export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: Warning[] }> {
  const { default: mammoth } = await import('mammoth');
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  } catch (e) {
    throw new ReportReadError('docx_unreadable', e instanceof Error ? e.message.split('\n')[0] : undefined);
  }
  const warnings: Warning[] = result.messages
    .filter((m) => m.type === 'warning' || m.type === 'error')
    .slice(0, 5)
    .map((m) => ({
      code: 'docx_message',
      message: `Word 文件提示 / .docx reader says: ${m.message.split('\n')[0]}`,
    }));
  // mammoth ends every paragraph with a blank line; one newline per paragraph is what the other readers give.
  const text = result.value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return { text, warnings };
}
