// Text encoding by content: BOM, then strict UTF-8, then GB18030 (a superset of GBK and GB2312) checked
// for looking like Chinese; anything else is refused rather than decoded into mojibake.
import { ReportReadError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Byte sequences that were not valid UTF-8 and became U+FFFD. */
  invalidBytes?: number;
}

/** Share of a decoded sample that is CJK, printable ASCII, whitespace, or CJK and full-width punctuation. */
function plausibleShare(text: string): number {
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return 0;
  const ok =
    sample.match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\x20-\x7e\t\n\r]/g)?.length ?? 0;
  return ok / sample.length;
}

/**
 * BOM-less UTF-16: text with NUL bytes is UTF-16 when one byte order decodes a sample into plausible text
 * (Chinese read in the wrong order turns into unrelated blocks; binary data into noise).
 */
function utf16WithoutBom(b: Uint8Array): TextEncoding | undefined {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4 || !b.subarray(0, n).includes(0)) return undefined;
  const sample = b.subarray(0, n);
  const le = plausibleShare(new TextDecoder('utf-16le').decode(sample));
  const be = plausibleShare(new TextDecoder('utf-16be').decode(sample));
  if (Math.max(le, be) < 0.95) return undefined;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** Control characters other than tab, newline, carriage return, form feed: their presence marks binary data. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) bad++;
  }
  return bad > n * 0.01;
}

/**
 * Real Chinese text in GBK uses almost only the GB2312 area (lead 0xA1–0xF7, trail 0xA1–0xFE); random bytes
 * or other legacy encodings (Big5, Latin-1) fall in it about a quarter of the time.
 */
function gb2312Share(b: Uint8Array): { pairs: number; share: number } {
  let pairs = 0;
  let inGb2312 = 0;
  for (let i = 0; i < b.length; i++) {
    const lead = b[i]!;
    if (lead < 0x80) continue;
    const trail = b[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) inGb2312++;
    i++;
  }
  return { pairs, share: pairs ? inGb2312 / pairs : 0 };
}

/** Control characters (not tab, newline, carriage return, form feed), U+FFFD and private-use code points. */
const isOdd = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
  c === 0xfffd ||
  (c >= 0xe000 && c <= 0xf8ff);

/** Decoded text is plausible when nearly all of it is letters, CJK, punctuation or whitespace. */
function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, 20000);
  let odd = 0;
  for (let i = 0; i < n; i++) if (isOdd(text.charCodeAt(i))) odd++;
  return odd <= n * 0.01;
}

function decode(b: Uint8Array, label: TextEncoding, skip = 0): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(b.subarray(skip));
}

export function decodeText(b: Uint8Array): Decoded {
  try {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
      return { text: decode(b, 'utf-8', 3), encoding: 'utf-8' };
    if (b[0] === 0xff && b[1] === 0xfe) return { text: decode(b, 'utf-16le', 2), encoding: 'utf-16le' };
    if (b[0] === 0xfe && b[1] === 0xff) return { text: decode(b, 'utf-16be', 2), encoding: 'utf-16be' };
  } catch {
    throw new ReportReadError(
      'unknown_encoding',
      'BOM 与内容不符 / the byte-order mark does not match the content',
    );
  }
  const utf16 = utf16WithoutBom(b);
  if (utf16) {
    let text: string;
    try {
      text = decode(b, utf16);
    } catch {
      throw new ReportReadError('binary_file');
    }
    if (!looksLikeText(text)) throw new ReportReadError('binary_file');
    return { text, encoding: utf16 };
  }
  if (looksBinary(b)) throw new ReportReadError('binary_file');
  try {
    return { text: decode(b, 'utf-8'), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GB18030 below
  }
  const gb = decodeGb18030(b);
  if (gb) return gb;
  return decodeDamagedUtf8(b);
}

function decodeGb18030(b: Uint8Array): Decoded | undefined {
  const { pairs, share } = gb2312Share(b);
  if (pairs < 2 || share < 0.8) return undefined;
  try {
    const text = decode(b, 'gb18030');
    return looksLikeText(text) ? { text, encoding: 'gb18030' } : undefined;
  } catch {
    return undefined;
  }
}

/** UTF-8 with a few broken bytes (a truncated copy, a bad conversion) is read, and the damage counted. */
const MAX_BAD_UTF8_SHARE = 0.001;

function decodeDamagedUtf8(b: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad > Math.max(1, text.length * MAX_BAD_UTF8_SHARE)) throw new ReportReadError('unknown_encoding');
  return { text, encoding: 'utf-8', invalidBytes: bad };
}
