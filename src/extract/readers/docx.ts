// Word (.docx) → text through mammoth's raw-text extraction; mammoth is imported only when a .docx arrives.
// Automatic list numbers ("一、" and "（一）" headings numbered by Word) are not text in the document, so
// they are written into the paragraphs first (docx-numbering.ts), and a table of figures becomes one line
// of prose per row (docx-tables.ts); a document without either is read as is.
import type { Warning } from '../types';
import { ReportReadError } from './errors';

/**
 * The .docx with each automatically numbered paragraph's label as text, each table of figures as one
 * paragraph per row (docx-tables.ts) and simple fields unwrapped, or the bytes unchanged when none occurs.
 */
async function prepared(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // mammoth reports the damage
  }
  const document = zip.file('word/document.xml');
  if (!document) return bytes;
  const original = await document.async('string');
  let xml = original;
  const numbering = zip.file('word/numbering.xml');
  if (numbering) {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const styles = zip.file('word/styles.xml');
    const defs = readNumberingDefs(await numbering.async('string'), await styles?.async('string'));
    xml = numberParagraphs(xml, defs) ?? xml;
  }
  const { tablesAsParagraphs } = await import('./docx-tables');
  xml = tablesAsParagraphs(xml) ?? xml;
  // mammoth drops a simple field (w:fldSimple) with the text Word shows for it (城镇新增就业⟨1.2⟩万人): its
  // runs are kept, unwrapped, as a complex field's result already is.
  if (xml.includes('<w:fldSimple')) xml = xml.replace(/<w:fldSimple\b[^>]*\/>|<\/?w:fldSimple\b[^>]*>/g, '');
  if (xml === original) return bytes;
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: Warning[] }> {
  const { default: mammoth } = await import('mammoth');
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    const docx = await prepared(bytes);
    result = await mammoth.extractRawText({
      buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength),
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
