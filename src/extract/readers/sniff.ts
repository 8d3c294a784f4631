// File type by content (magic bytes), never by extension.

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'text' }
  | { kind: 'unsupported'; what: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((x, i) => b[at + i] === x);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Signatures of formats we recognise but cannot read, with what to tell the user. */
const UNSUPPORTED: ReadonlyArray<{ sig: readonly number[]; what: string }> = [
  {
    sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: '旧版 Office/WPS(.doc/.xls/.wps),请另存为 .docx / legacy .doc/.wps: save as .docx',
  },
  { sig: ascii('{\\rtf'), what: 'RTF,请另存为 .docx / RTF: save as .docx' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: '图片(PNG),请先做文字识别 / image (PNG): run OCR first' },
  { sig: [0xff, 0xd8, 0xff], what: '图片(JPEG),请先做文字识别 / image (JPEG): run OCR first' },
  { sig: ascii('GIF8'), what: '图片(GIF) / image (GIF)' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: '图片(TIFF),请先做文字识别 / image (TIFF): run OCR first' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: '图片(TIFF),请先做文字识别 / image (TIFF): run OCR first' },
  { sig: [0x1f, 0x8b], what: 'gzip 压缩包 / gzip archive' },
  { sig: ascii('Rar!'), what: 'RAR 压缩包 / RAR archive' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7z 压缩包 / 7z archive' },
];

/** True if `needle` occurs in the first `limit` bytes of `b`. */
function containsAscii(b: Uint8Array, needle: string, limit = b.length): boolean {
  const n = ascii(needle);
  const end = Math.min(b.length, limit) - n.length;
  for (let i = 0; i <= end; i++) if (startsWith(b, n, i)) return true;
  return false;
}

export function sniff(b: Uint8Array): Sniffed {
  // PDF allows junk before the header; readers look within the first KiB (PDF 32000-1 §7.5.2, implementation note).
  if (containsAscii(b, '%PDF-', 1024)) return { kind: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    // ZIP local headers store entry names uncompressed: a Word document has word/document.xml.
    if (containsAscii(b, 'word/document.xml')) return { kind: 'docx' };
    if (containsAscii(b, 'xl/workbook.xml'))
      return { kind: 'unsupported', what: 'Excel(.xlsx),请用 duban import / Excel: use `duban import`' };
    if (containsAscii(b, 'OFD.xml'))
      return {
        kind: 'unsupported',
        what: 'OFD 版式文件,请导出为 PDF 或 .docx / OFD: export as PDF or .docx',
      };
    return { kind: 'unsupported', what: 'ZIP 压缩包 / ZIP archive' };
  }
  for (const u of UNSUPPORTED) if (startsWith(b, u.sig)) return { kind: 'unsupported', what: u.what };
  return { kind: 'text' };
}

/** A decoded text is HTML when its first markup names a document or a common block element. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '');
  if (!head.startsWith('<')) return false;
  return /<(!doctype\s+html|html|head|body|meta|title|div|p|table)\b/i.test(head);
}
