// File type by content (magic bytes), never by extension.

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'mht' }
  | { kind: 'text' }
  /** `what`: one line, Chinese / English, naming the format and what to do instead. */
  | { kind: 'unsupported'; what: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((x, i) => b[at + i] === x);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** What to tell the user about a file we recognise but cannot read: one line, Chinese / English. */
const SAVE_AS = '请在 Word 或 WPS 中另存为 .docx 或 PDF 后再导入';
const SAVE_AS_EN = 'open it in Word or WPS, save it as .docx or PDF and import that';
const NOT_A_REPORT = '请导入报告的 .docx、PDF、网页或文本文件';
const NOT_A_REPORT_EN = "import the report's .docx, PDF, web page or text file instead";
const IMAGE = (name: string) =>
  `图片(${name})不是报告文本,${NOT_A_REPORT};只有扫描件时请先做文字识别(OCR) / an image (${name}) is not report text: ${NOT_A_REPORT_EN}; for a scan, run OCR first`;
const ARCHIVE = (name: string) =>
  `${name} 压缩包,请解压后导入其中的报告文件 / a ${name} archive: unpack it and import the report inside`;
const MESSAGES = {
  word: `旧版 Word/WPS 文字文档(.doc/.wps)无法直接读取,${SAVE_AS} / a legacy Word/WPS document (.doc/.wps) cannot be read: ${SAVE_AS_EN}`,
  sheet: `表格文件(.xls/.et)不是报告,${NOT_A_REPORT} / a spreadsheet (.xls/.et) is not a report: ${NOT_A_REPORT_EN}`,
  slides: `演示文稿(.ppt/.dps)不是报告,${NOT_A_REPORT} / a presentation (.ppt/.dps) is not a report: ${NOT_A_REPORT_EN}`,
  encrypted:
    '加密的 Office 文档,请先在 Word 或 WPS 中取消密码,再另存为 .docx / a password-protected Office document: remove the password in Word or WPS and save it as .docx',
  ole: `旧版 Office/WPS 文件无法直接读取,${SAVE_AS} / a legacy Office/WPS file cannot be read: ${SAVE_AS_EN}`,
  rtf: `RTF 文档无法直接读取,${SAVE_AS} / an RTF document cannot be read: ${SAVE_AS_EN}`,
  xlsx: `Excel 表格(.xlsx)不是报告,${NOT_A_REPORT}(分解表/台账在计划的台账页导入) / an Excel workbook (.xlsx) is not a report: ${NOT_A_REPORT_EN} (a ledger is imported on the plan's ledger page)`,
  pptx: `演示文稿(.pptx)不是报告,${NOT_A_REPORT} / a presentation (.pptx) is not a report: ${NOT_A_REPORT_EN}`,
  ofd: 'OFD 版式文件无法直接读取,请导出为 PDF 或 .docx 后再导入 / an OFD document cannot be read: export it as PDF or .docx and import that',
} as const;

/** Signatures of formats we recognise but cannot read, with what to tell the user. */
const UNSUPPORTED: ReadonlyArray<{ sig: readonly number[]; what: string }> = [
  { sig: ascii('{\\rtf'), what: MESSAGES.rtf },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: IMAGE('PNG') },
  { sig: [0xff, 0xd8, 0xff], what: IMAGE('JPEG') },
  { sig: ascii('GIF8'), what: IMAGE('GIF') },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: IMAGE('TIFF') },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: IMAGE('TIFF') },
  { sig: [0x1f, 0x8b], what: ARCHIVE('gzip') },
  { sig: ascii('Rar!'), what: ARCHIVE('RAR') },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: ARCHIVE('7z') },
];

/** True if `needle` occurs in the first `limit` bytes of `b`. */
function containsAscii(b: Uint8Array, needle: string, limit = b.length): boolean {
  const n = ascii(needle);
  const end = Math.min(b.length, limit) - n.length;
  for (let i = 0; i <= end; i++) if (startsWith(b, n, i)) return true;
  return false;
}

/** True if a stream name (UTF-16LE, as an OLE directory entry holds it) occurs in `b`. */
const hasStream = (b: Uint8Array, name: string): boolean =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(Buffer.from(name, 'utf16le')) >= 0;

/** An OLE compound file (legacy Office and WPS): what it holds, by its streams' names. */
function oleMessage(b: Uint8Array): string {
  if (hasStream(b, 'EncryptedPackage')) return MESSAGES.encrypted;
  if (hasStream(b, 'WordDocument')) return MESSAGES.word;
  if (hasStream(b, 'Workbook') || hasStream(b, 'Book')) return MESSAGES.sheet;
  if (hasStream(b, 'PowerPoint Document')) return MESSAGES.slides;
  return MESSAGES.ole;
}

export function sniff(b: Uint8Array): Sniffed {
  // PDF allows junk before the header; readers look within the first KiB (PDF 32000-1 §7.5.2, implementation note).
  if (containsAscii(b, '%PDF-', 1024)) return { kind: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    // ZIP local headers store entry names uncompressed: a Word document has word/document.xml.
    if (containsAscii(b, 'word/document.xml')) return { kind: 'docx' };
    if (containsAscii(b, 'xl/workbook.xml')) return { kind: 'unsupported', what: MESSAGES.xlsx };
    if (containsAscii(b, 'ppt/presentation.xml')) return { kind: 'unsupported', what: MESSAGES.pptx };
    if (containsAscii(b, 'OFD.xml')) return { kind: 'unsupported', what: MESSAGES.ofd };
    return { kind: 'unsupported', what: ARCHIVE('ZIP') };
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { kind: 'unsupported', what: oleMessage(b) };
  for (const u of UNSUPPORTED) if (startsWith(b, u.sig)) return { kind: 'unsupported', what: u.what };
  if (looksLikeMht(b)) return { kind: 'mht' };
  // BMP: "BM", the file size, then four reserved zero bytes; WebP: a RIFF container of type WEBP.
  if (startsWith(b, ascii('BM')) && startsWith(b, [0, 0, 0, 0], 6))
    return { kind: 'unsupported', what: IMAGE('BMP') };
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8))
    return { kind: 'unsupported', what: IMAGE('WebP') };
  return { kind: 'text' };
}

/**
 * A web archive (.mht/.mhtml, Word's 单个文件网页): a MIME message whose headers, before any markup, name a
 * multipart/related body.
 */
function looksLikeMht(b: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 4096));
  if (!/^\s*(MIME-Version|From|Subject|Date|Content-Type|Content-Location|X-[\w-]+):/i.test(head))
    return false;
  return /Content-Type:\s*multipart\/related/i.test(head);
}

/** A decoded text is HTML when its first markup names a document or a common block element. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '');
  if (!head.startsWith('<')) return false;
  return /<(!doctype\s+html|html|head|body|meta|title|div|p|table)\b/i.test(head);
}
