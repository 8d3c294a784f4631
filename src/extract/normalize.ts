// Text repair before extraction: one paragraph per line, damaged line breaks joined, page-header noise
// dropped, invisible characters removed, full-width digits and letters made ASCII. Every character of
// the result keeps the index of the raw character it came from, so offsets can be mapped back
// (gold/README.md: offsets are UTF-16 indices into the ORIGINAL text).

export interface NormalizedText {
  /** The repaired text: paragraphs and headings separated by a single "\n". */
  text: string;
  /** Raw index of the character at `index` of `text` (index === text.length maps to raw.length). */
  toOriginal(index: number): number;
  /** Raw range covering the normalized range [start, end). */
  toOriginalRange(start: number, end: number): { start: number; end: number };
}

/** Invisible characters that carry no content: BOM, zero-width space/joiners, word joiner, soft hyphen. */
const CJK =
  /[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u201C\u201D\u2018\u2019\u2014\u2026]/;
const SENTENCE_PUNCT = /[，。；：、！？,;:!?]/;
/** A line ending in one of these ends its sentence (a closing quote or bracket may follow). */
const TERMINAL_END = /[。！？!?；;：:…][”’」』）)]*$/;
/** Lines that open a heading or a list item: markdown #, 一、 (一) 1、 第一部分, bullets, a subtitle dash. */
const HEADING_START =
  /^(#{1,6}\s|[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．](?!\d)|第[一二三四五六七八九十\d]+[部章节篇]|[●■◆▲•○◎※★☆►▶]|——)/;
/** Newspaper page furniture: "# 4 | 专题报道", "专题报道 | 4", "第4版", a masthead "鹤壁日报", editor credits. */
const NOISE_LINE = [
  /^#*\s*[A-Z]?\d{1,3}\s*[|｜]\s*\S{1,12}$/,
  /^#*\s*\S{1,12}\s*[|｜]\s*[A-Z]?\d{1,3}$/,
  /^#*\s*第?[A-Z]?\d{1,3}版(\s*\S{0,10})?$/,
  /^#*\s*[\u4E00-\u9FFF]{1,6}(日报|晚报|时报|都市报)$/,
  /^(责任编辑|本版编辑|美术编辑|版式设计|校对|审读)[:：]/,
];
/** Full-width variants that become ASCII (U+FF01..U+FF5E), kept to digits, letters and number signs. */
const WIDE_TO_ASCII =
  /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF0D\uFF0E\uFF0F\uFF1C-\uFF1E\uFF5E]/;
/** ASCII punctuation next to Chinese text becomes its full-width form, so clause splitting sees one form. */
const ASCII_TO_WIDE: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

interface Line {
  start: number; // raw index of the first character
  end: number; // raw index just after the last character (before the line break)
  body: string;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i, body: raw.slice(start, i) });
      if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function isNoise(trimmed: string): boolean {
  return NOISE_LINE.some((re) => re.test(trimmed));
}

/** "来源：北京日报", "时间：2026-02-02": a short label and its value, a line of its own. */
const FIELD_LINE = /^[^，。；、,;]{1,8}[:：][^，。；、,;:：]{0,30}$/;
/** "各位代表：": a salutation or lead-in that opens a paragraph. */
const LEAD_IN = /^[^，。；、,;]{1,12}[:：]$/;

function isHeadingLike(trimmed: string, wrapWidth: number): boolean {
  // A line as long as the page's wrapped lines is part of a paragraph, not a title.
  if (wrapWidth > 0 && trimmed.length >= wrapWidth - 1 && !HEADING_START.test(trimmed)) return false;
  if (FIELD_LINE.test(trimmed)) return true;
  // "——生态环境明显改善。单位…" and "（一）着力扩大内需。把…" open a paragraph that runs on.
  if (HEADING_START.test(trimmed)) return trimmed.length <= 60 && !/。./.test(trimmed);
  // A short line without sentence punctuation is a title, a masthead or a by-line, not a broken sentence.
  return trimmed.length <= 40 && !SENTENCE_PUNCT.test(trimmed);
}

/**
 * The width of a page whose paragraphs were wrapped into lines of one length (PDF or newspaper
 * columns), or 0: the most common line length when at least 10 lines and 30% of lines share it.
 */
function wrappedWidth(lines: Line[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    const n = line.body.trim().length;
    if (n < 8) continue;
    total++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) {
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  return bestCount >= 10 && bestCount >= total * 0.3 ? best : 0;
}

/**
 * A break no line can start after, whatever the line before looks like: the next line opens with
 * punctuation that closes or continues a phrase, or the break splits a number (…提高到14 / .58万亿元).
 */
function breaksInside(previous: string, next: string): boolean {
  if (/^[，。、；：！？）》」』”.%‰]/.test(next)) return !TERMINAL_END.test(previous) || /^[.%‰]/.test(next);
  // A digit run split in prose (…增长1\n5%); "附件1" above a dated title is not.
  return /\d$/.test(previous) && /^\d/.test(next) && SENTENCE_PUNCT.test(previous);
}

/** Growable output: text pieces and, per output character, its raw index. */
class Builder {
  private parts: string[] = [];
  private map = new Int32Array(1024);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra < this.map.length) return;
    let size = this.map.length * 2;
    while (this.length + extra >= size) size *= 2;
    const next = new Int32Array(size);
    next.set(this.map);
    this.map = next;
  }

  /** One character standing for the raw character at rawIndex. */
  push(ch: string, rawIndex: number): void {
    this.reserve(1);
    this.parts.push(ch);
    this.map[this.length++] = rawIndex;
  }

  /** A run of characters copied unchanged from raw[rawStart...]. */
  pushRun(run: string, rawStart: number): void {
    if (run.length === 0) return;
    this.reserve(run.length);
    this.parts.push(run);
    for (let k = 0; k < run.length; k++) this.map[this.length++] = rawStart + k;
  }

  finish(rawLength: number): NormalizedText {
    const text = this.parts.join('');
    const map = this.map.subarray(0, this.length + 1);
    map[this.length] = rawLength;
    const n = this.length;
    const toOriginal = (index: number): number => map[Math.max(0, Math.min(index, n))]!;
    return {
      text,
      toOriginal,
      toOriginalRange(start: number, end: number) {
        const s = toOriginal(start);
        if (end <= start) return { start: s, end: s };
        return { start: s, end: toOriginal(end - 1) + 1 };
      },
    };
  }
}

const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isCjk = (c: number): boolean => CJK.test(String.fromCharCode(c));
const isInvisible = (c: number): boolean =>
  c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad;
const isHSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 0xa0 ||
  c === 0x3000 ||
  (c >= 0x2002 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f;
const isWideAscii = (c: number): boolean =>
  c >= 0xff01 && c <= 0xff5e && WIDE_TO_ASCII.test(String.fromCharCode(c));
/** Characters that may change: everything else is copied in runs. */
const isSpecial = (c: number): boolean =>
  c < 128
    ? c === 32 || c === 9 || ASCII_TO_WIDE[String.fromCharCode(c)] !== undefined
    : isInvisible(c) || isHSpace(c) || isWideAscii(c);

/** Appends one line's characters: invisible ones dropped, spaces next to Chinese text dropped, widths mended. */
function appendLine(out: Builder, line: Line, prose: boolean): void {
  const { body } = line;
  const skip = (c: number): boolean => isHSpace(c) || isInvisible(c);
  let first = 0;
  while (first < body.length && skip(body.charCodeAt(first))) first++;
  let last = body.length;
  while (last > first && skip(body.charCodeAt(last - 1))) last--;
  let runStart = first;
  let prev = -1; // code of the last character written from this line
  for (let i = first; i < last; i++) {
    const c = body.charCodeAt(i);
    if (!isSpecial(c)) {
      prev = c;
      continue;
    }
    out.pushRun(body.slice(runStart, i), line.start + runStart);
    if (isInvisible(c)) {
      runStart = i + 1;
      continue;
    }
    if (isHSpace(c)) {
      let j = i;
      while (j < last && skip(body.charCodeAt(j))) j++;
      const next = body.charCodeAt(j);
      // In prose a space beside Chinese text is a layout artefact; a heading keeps one separating space.
      const keep = (isAsciiWord(prev) && isAsciiWord(next)) || prev === 35 /* # */ || (!prose && prev !== -1);
      if (keep) out.push(' ', line.start + i);
      prev = 32;
      i = j - 1;
      runStart = j;
      continue;
    }
    let ch = isWideAscii(c) ? String.fromCharCode(c - 0xfee0) : body[i]!;
    const wide = ASCII_TO_WIDE[ch];
    if (wide !== undefined) {
      const next = i + 1 < last ? body.charCodeAt(i + 1) : -1;
      const cjkSide = (prev !== -1 && isCjk(prev)) || (next !== -1 && isCjk(next));
      const asciiSide = isAsciiWord(prev) || isAsciiWord(next);
      const digitGroup = ch === ',' && isAsciiWord(prev) && isAsciiWord(next);
      if ((cjkSide || !asciiSide) && !digitGroup) ch = wide;
    }
    out.push(ch, line.start + i);
    prev = ch.charCodeAt(0);
    runStart = i + 1;
  }
  out.pushRun(body.slice(runStart, last), line.start + runStart);
}

/**
 * Repairs a report's text. A line is joined to the next content line when it does not end a sentence,
 * is not a heading, and the next line is not a heading either (newspaper pages break lines mid-phrase).
 */
export function normalizeText(raw: string): NormalizedText {
  const out = new Builder();
  const lines = splitLines(raw);
  const wrapWidth = wrappedWidth(lines);
  let pendingBreak = -1; // raw index of the line break owed before the next line, -1 when joining
  let joinNext = false;
  let started = false;
  let previous = '';
  for (const line of lines) {
    const trimmed = line.body.replace(/^[\s\uFEFF\u200B-\u200D\u2060]+|[\s\uFEFF\u200B-\u200D\u2060]+$/g, '');
    if (trimmed === '' || isNoise(trimmed)) continue;
    const continuing: boolean =
      (joinNext && !HEADING_START.test(trimmed) && !LEAD_IN.test(trimmed)) ||
      (started && breaksInside(previous, trimmed));
    if (started && !continuing) out.push('\n', pendingBreak);
    const heading: boolean = !continuing && isHeadingLike(trimmed, wrapWidth);
    appendLine(out, line, !heading);
    started = true;
    pendingBreak = line.end;
    joinNext = !heading && !TERMINAL_END.test(trimmed);
    previous = trimmed;
  }
  return out.finish(raw.length);
}
