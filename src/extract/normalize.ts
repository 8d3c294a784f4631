// Text repair before extraction: one paragraph per line, damaged line breaks joined, page-header noise
// dropped, invisible characters removed, full-width digits and letters made ASCII, Kangxi radicals made
// the ideographs they look like. Every character of the result keeps the index of the raw character it
// came from, so offsets can be mapped back
// (gold/README.md: offsets are UTF-16 indices into the ORIGINAL text).
//
// Speed (issue 2): one pass over the characters with a class table finds the line breaks and the few
// characters that may change (scanRaw); after it, only line edges and those characters are read again.
// The output is built from slices of the raw text joined once, and the offset map kept as segments
// (runs copied in order) searched by bisection instead of one entry per character.

import { lookalikeOf } from './readers/lookalikes';

export interface NormalizedText {
  /** The repaired text: paragraphs and headings separated by a single "\n". */
  text: string;
  /** Raw index of the character at `index` of `text` (index === text.length maps to raw.length). */
  toOriginal(index: number): number;
  /** Raw range covering the normalized range [start, end). */
  toOriginalRange(start: number, end: number): { start: number; end: number };
  /**
   * Ascending indices i (0 < i < text.length) where toOriginal(i) !== toOriginal(i - 1) + 1: the raw
   * text had characters (spaces, line breaks, noise lines) between the two that were dropped.
   */
  seams: Int32Array;
  /** Ascending indices of the line breaks ("\n") in text, so readers of lines need not search for them. */
  lineBreaks: Int32Array;
}

const SENTENCE_PUNCT = /[，。；：、！？,;:!?]/;
/** Lines that open a heading or a list item: markdown #, 一、 (一) 1、 第一部分, bullets, a subtitle dash. */
const HEADING_START =
  /^(#{1,6}\s|[一二三四五六七八九十百⼀⼆⼋⼗]+[、.．]|[(（][一二三四五六七八九十⼀⼆⼋⼗\d]{1,3}[)）]|\d{1,2}[、．](?!\d)|第[一二三四五六七八九十\d]+[部章节篇]|[●■◆▲•○◎※★☆►▶]|[—―]{2})/;
/** Newspaper page furniture: "# 4 | 专题报道" (1), "专题报道 | 4" (2), "第4版" (3), a masthead (4), credits (5). */
const NOISE_NUMBER_FIRST = /^#*\s*[A-Z]?\d{1,3}\s*[|｜]\s*\S{1,12}$/;
const NOISE_NUMBER_LAST = /^#*\s*\S{1,12}\s*[|｜]\s*[A-Z]?\d{1,3}$/;
const NOISE_EDITION = /^#*\s*第?[A-Z]?\d{1,3}版(\s*\S{0,10})?$/;
const NOISE_MASTHEAD = /^#*\s*[\u4E00-\u9FFF]{1,6}(日报|晚报|时报|都市报)$/;
const NOISE_CREDIT = /^(责任编辑|本版编辑|美术编辑|版式设计|校对|审读)[:：]/;
/** A page number printed alone, as text copied out of a PDF keeps it: "- 3 -", "— 3 —", "第3页 共40页", "3/40". */
const PAGE_NUMBER =
  /^([-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** "来源：北京日报", "时间：2026-02-02": a short label and its value, a line of its own. */
const FIELD_LINE = /^[^，。；、,;]{1,8}[:：][^，。；、,;:：]{0,30}$/;
/** "各位代表：": a salutation or lead-in that opens a paragraph. */
const LEAD_IN = /^[^，。；、,;]{1,12}[:：]$/;

/** Character classes, one bit each, looked up by UTF-16 code. */
const INVISIBLE = 1; // BOM, zero-width space/joiners, word joiner, soft hyphen: carry no content
const HSPACE = 2; // horizontal spaces, dropped or kept as one ASCII space
const WIDE = 4; // full-width digits, letters and number signs (U+FF01..U+FF5E) that become ASCII
const TO_WIDE = 8; // ASCII punctuation that becomes full-width next to Chinese text
const CJK = 16;
const ASCII_WORD = 32;
const SPACE = 64; // JavaScript \s (String#trim)
const ZERO_WIDTH = 128; // \u200B-\u200D, \u2060: trimmed from line ends like \s
const HEADING_FIRST = 256; // first characters of HEADING_START's alternatives
const CLOSER = 512; // closing quotes and brackets that may follow a sentence end
const TERMINAL = 1024; // a line ending in one of these ends its sentence
const OPENS_INSIDE = 2048; // a line opening with one of these continues the line before
const NUMBER_TAIL = 4096; // . % ‰: a line opening with one continues a number whatever came before
const CREDIT_FIRST = 8192; // first characters of NOISE_CREDIT
const BREAK = 16384; // line breaks: \n \r U+2028 U+2029
const LOOKALIKE = 32768; // Kangxi radicals (⼀ ⻓) and ― that become the character they look like (一 长 —)
const SPECIAL = INVISIBLE | HSPACE | WIDE | TO_WIDE | LOOKALIKE; // characters that may change; others are copied
const STRIP = SPACE | ZERO_WIDTH;
const EDGE = INVISIBLE | HSPACE;
/** Characters the one pass over raw stops at. */
const STOP = SPECIAL | BREAK;

const CLASS = new Uint16Array(0x10000);
/** Sets `bit` on code units, ranges of them, and every character of a string. */
function mark(bit: number, ...ranges: (number | [number, number] | string)[]): void {
  for (const r of ranges) {
    if (typeof r === 'string') mark(bit, ...[...r].map((c) => c.charCodeAt(0)));
    else
      for (let c = typeof r === 'number' ? r : r[0]; c <= (typeof r === 'number' ? r : r[1]); c++)
        CLASS[c]! |= bit;
  }
}
mark(INVISIBLE, 0xfeff, [0x200b, 0x200d], 0x2060, 0x00ad, '*');
mark(HSPACE, 32, 9, 0xa0, 0x3000, [0x2002, 0x200a], 0x202f, 0x205f);
mark(WIDE, [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], 0xff05, 0xff0b, [0xff0d, 0xff0f]);
mark(WIDE, [0xff1c, 0xff1e], 0xff5e);
mark(TO_WIDE, ',;:()!?');
mark(CJK, [0x3400, 0x9fff], [0xf900, 0xfaff], [0x3000, 0x303f], [0xff00, 0xff0f], [0xff1a, 0xff20]);
mark(CJK, '“”‘’—…');
mark(ASCII_WORD, [48, 57], [65, 90], [97, 122]);
mark(SPACE, [9, 13], 32, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff);
mark(ZERO_WIDTH, [0x200b, 0x200d], 0x2060, '*');
mark(HEADING_FIRST, '#一二三四五六七八九十百(（0123456789第●■◆▲•○◎※★☆►▶—―⼀⼆⼋⼗');
mark(CLOSER, '”’」』）)');
mark(TERMINAL, '。！？!?；;：:…');
mark(OPENS_INSIDE, '，。、；：！？）》」』”.%‰');
mark(NUMBER_TAIL, '.%‰');
mark(CREDIT_FIRST, '责本美版校审');
mark(BREAK, 10, 13, 0x2028, 0x2029);
for (let c = 0x2e80; c < 0x2fe0; c++) if (lookalikeOf(c) !== 0) mark(LOOKALIKE | CJK, c);
mark(LOOKALIKE | CJK, 0x2015);

/** ASCII punctuation → its full-width form, so clause splitting sees one form. */
const WIDE_FORM: Record<number, string> = {};
for (let k = 0; k < 7; k++) WIDE_FORM[',;:()!?'.charCodeAt(k)] = '，；：（）！？'[k]!;

/** A line ending in a TERMINAL ends its sentence (a closing quote or bracket may follow). */
function endsSentence(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && CLASS[s.charCodeAt(k)]! & CLOSER) k--;
  return k >= 0 && (CLASS[s.charCodeAt(k)]! & TERMINAL) !== 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isNoise(t: string): boolean {
  // Each pattern is tried only when its first or last character can match.
  const last = t.charCodeAt(t.length - 1);
  const first = t.charCodeAt(0);
  if (
    (first === 45 ||
      first === 0x2014 ||
      first === 0x2013 ||
      first === 0xff0d ||
      last === 0x9875 /* 页 */ ||
      (isDigit(first) && isDigit(last))) &&
    PAGE_NUMBER.test(t)
  )
    return true;
  if (last === 0x62a5 /* 报 */ && NOISE_MASTHEAD.test(t)) return true;
  if (isDigit(last) && NOISE_NUMBER_LAST.test(t)) return true;
  if (CLASS[t.charCodeAt(0)]! & CREDIT_FIRST && NOISE_CREDIT.test(t)) return true;
  let p = 0;
  while (t.charCodeAt(p) === 35 /* # */) p++;
  while (p < t.length && CLASS[t.charCodeAt(p)]! & SPACE) p++;
  const c = t.charCodeAt(p);
  if (!(isDigit(c) || (c >= 65 && c <= 90) || c === 0x7b2c) /* 第 */) return false;
  return NOISE_NUMBER_FIRST.test(t) || NOISE_EDITION.test(t);
}

function isHeadingLike(trimmed: string, headingStart: boolean, wrapWidth: number): boolean {
  // A line as long as the page's wrapped lines is part of a paragraph, not a title; one that opens like a
  // heading (——, （一）) but runs to the margin without ending its sentence is the first line of a paragraph.
  if (wrapWidth > 0 && trimmed.length >= wrapWidth - 1 && (!headingStart || !endsSentence(trimmed)))
    return false;
  if (trimmed.length <= 39 && FIELD_LINE.test(trimmed)) return true;
  // "——生态环境明显改善。单位…" and "（一）着力扩大内需。把…" open a paragraph that runs on.
  if (headingStart) {
    if (trimmed.length > 60) return false;
    const stop = trimmed.indexOf('。');
    return stop < 0 || stop === trimmed.length - 1;
  }
  // A short line without sentence punctuation is a title, a masthead or a by-line, not a broken sentence.
  return trimmed.length <= 40 && !SENTENCE_PUNCT.test(trimmed);
}

/**
 * A break no line can start after, whatever the line before looks like: the next line opens with
 * punctuation that closes or continues a phrase, or the break splits a number (…提高到14 / .58万亿元).
 */
function breaksInside(previous: string, previousEnds: boolean, next: string): boolean {
  const first = next.charCodeAt(0);
  if (CLASS[first]! & OPENS_INSIDE) return !previousEnds || (CLASS[first]! & NUMBER_TAIL) !== 0;
  // A digit run split in prose (…增长1\n5%); "附件1" above a dated title is not.
  return isDigit(previous.charCodeAt(previous.length - 1)) && isDigit(first) && SENTENCE_PUNCT.test(previous);
}

/** Index of the first character of raw[from, n) that scanRaw stops at (class STOP), or n. */
function nextStop(raw: string, from: number, n: number): number {
  let i = from;
  // Two characters a step while neither stops: nearly none do, so this halves the loop's own work
  // (this loop is most of normalizeText's time). Then raw[i] or raw[i + 1] stops, or the end is near.
  while (i + 1 < n && ((CLASS[raw.charCodeAt(i)]! | CLASS[raw.charCodeAt(i + 1)]!) & STOP) === 0) i += 2;
  if (i < n && (CLASS[raw.charCodeAt(i)]! & STOP) === 0) i++;
  return i;
}

/** Where raw's lines are and which of its characters may change, found in one pass. */
interface RawScan {
  /** Lines of raw: starts and ends (before the break), as pairs in one array. */
  lines: number[];
  /** Ascending indices of the characters in raw that may change (class SPECIAL). */
  specials: number[];
}

/**
 * One pass over raw with the class table: every character is looked at once here, and never again
 * except at line edges and next to the (rare) special characters. A line ends at \n, \r, \r\n,
 * U+2028 or U+2029.
 */
export function scanRaw(raw: string): RawScan {
  // Plain arrays: a typed array per call costs more to allocate and collect than these pushes do.
  const lines: number[] = [];
  const specials: number[] = [];
  const n = raw.length;
  let start = 0;
  for (let i = nextStop(raw, 0, n); i < n; i = nextStop(raw, i + 1, n)) {
    if (CLASS[raw.charCodeAt(i)]! & SPECIAL) {
      specials.push(i);
      continue;
    }
    const c = raw.charCodeAt(i);
    // \r\n is one break: its \r is passed over, and the \n ends the line at the \r.
    if (c === 13 && raw.charCodeAt(i + 1) === 10) continue;
    lines.push(start, c === 10 && i > start && raw.charCodeAt(i - 1) === 13 ? i - 1 : i);
    start = i + 1;
  }
  lines.push(start, n);
  return { lines, specials };
}

/**
 * The width of a page whose paragraphs were wrapped into lines of one length (PDF or newspaper
 * columns), or 0: the most common line length when at least 10 lines and 30% of lines share it.
 */
function wrappedWidth(raw: string, lines: number[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let k = 0; k < lines.length; k += 2) {
    let s = lines[k]!;
    let e = lines[k + 1]!;
    while (s < e && CLASS[raw.charCodeAt(s)]! & SPACE) s++;
    while (e > s && CLASS[raw.charCodeAt(e - 1)]! & SPACE) e--;
    const n = e - s;
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

/** A line's width in ems: ASCII letters, digits and signs are half as wide as Chinese characters. */
function ems(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 0x7f ? 0.5 : 1;
  return w;
}

/**
 * A line that stops two ems (up to three: a character that may not open a line is carried over with the
 * one before it) short of a wrapped page's margin without ending its sentence: the first line of an
 * indented paragraph whose indent was lost when the text was copied out of the PDF (a line inside a
 * paragraph reaches the margin, give or take one em; only a paragraph's last line stops short, and it ends
 * a sentence).
 */
function opensIndented(trimmed: string, wrapWidth: number): boolean {
  if (wrapWidth === 0 || endsSentence(trimmed)) return false;
  const w = ems(trimmed);
  return w >= wrapWidth - 3.5 && w <= wrapWidth - 1.5;
}

/**
 * Whether a wrapped page indented its paragraphs by two characters: lines of Chinese only that stop two
 * or three characters short of the margin mid-sentence (opensIndented) are ≥ 4 % of those that reach it
 * mid-sentence. Measured on text copied out of Chromium PDFs of the corpus reports (document-variants.ts):
 * 8–17 % with first-line indents, 0.3–2 % with paragraphs set apart by space (the odd line that a closing
 * quote pushed short); 0 for text hard-wrapped at a number of characters.
 */
function indentsParagraphs(raw: string, lines: number[], wrapWidth: number): boolean {
  if (wrapWidth === 0) return false;
  let short = 0;
  let full = 0;
  for (let k = 0; k < lines.length; k += 2) {
    const line = raw.slice(lines[k]!, lines[k + 1]!).trim();
    // Lines of Chinese only: their width is their length, whether the page was wrapped by width (a PDF) or
    // by a count of characters (hard-wrapped text, where a line holding digits is narrower, not shorter).
    if (line.length < 8 || endsSentence(line) || /[\x21-\x7e]/.test(line)) continue;
    if (opensIndented(line, wrapWidth)) short++;
    else if (ems(line) >= wrapWidth - 1) full++;
  }
  return short >= 5 && short >= full * 0.04;
}

/** Running lines are short: a title or document name printed at the head or foot of every page. */
const RUNNING_MIN = 4;
const RUNNING_MAX = 40;

/** A bucket of RunningLines' count table from a line's length and edge characters: equal lines share it. */
const lineBucket = (raw: string, s: number, e: number): number =>
  ((e - s) * 961 + raw.charCodeAt(s) * 31 + raw.charCodeAt(e - 1)) & 1023;

/**
 * Running headers and footers of text copied out of a PDF ("2026年某市政府工作报告" at the head of every
 * page, in the middle of sentences). Short lines (never those of a wrapped page's width) are counted in a
 * small table by lineBucket, so most lines are ruled out by one read; a line whose bucket holds 3 and that
 * has no sentence punctuation is confirmed once, by finding the line whole in
 * raw at least 3 times, at least once right after a line that does not end its sentence (a page break
 * inside a paragraph: a heading that repeats sits between paragraphs).
 *
 * The first few lines are confirmed by searching raw for them; past MAX_SEARCHES, by an index of the
 * short lines of raw built once: a text of many short unpunctuated lines (a table or a list pasted as
 * text) fills every bucket, and a search through raw per distinct line made normalizeText quadratic.
 */
class RunningLines {
  private readonly counts = new Uint8Array(1024);
  private confirmed: Map<string, boolean> | undefined;
  /** Running lines met once already. */
  private met: Set<string> | undefined;
  private searches = 0;
  /** See lineIndex; built on demand. */
  private index: Map<string, number[]> | undefined;

  constructor(
    private readonly raw: string,
    private readonly lines: number[],
    wrapWidth: number,
  ) {
    for (let k = 0; k < lines.length; k += 2) {
      let s = lines[k]!;
      let e = lines[k + 1]!;
      if (e - s < RUNNING_MIN) continue;
      while (s < e && CLASS[raw.charCodeAt(s)]! & STRIP) s++;
      while (e > s && CLASS[raw.charCodeAt(e - 1)]! & STRIP) e--;
      const n = e - s;
      if (n < RUNNING_MIN || n > RUNNING_MAX || (wrapWidth > 0 && n >= wrapWidth - 1)) continue;
      const b = lineBucket(raw, s, e);
      if (this.counts[b]! < 3) this.counts[b]!++;
    }
  }

  /**
   * Whether the line raw[s, e) (its text `t`) is a running header or footer to drop: all of its
   * occurrences but a first one between sentences, which is the title of the first page.
   */
  drops(s: number, e: number, t: string, midSentence: boolean): boolean {
    if (this.counts[lineBucket(this.raw, s, e)]! < 3 || SENTENCE_PUNCT.test(t)) return false;
    this.confirmed ??= new Map();
    let known = this.confirmed.get(t);
    if (known === undefined) {
      known = this.confirm(t);
      this.confirmed.set(t, known);
    }
    if (!known) return false;
    this.met ??= new Set();
    const first = !this.met.has(t);
    this.met.add(t);
    return midSentence || !first;
  }

  private confirm(t: string): boolean {
    const raw = this.raw;
    let whole = 0;
    let midSentence = false;
    const visit = (i: number): void => {
      let a = i - 1;
      while (a >= 0 && CLASS[raw.charCodeAt(a)]! & EDGE) a--;
      let b = i + t.length;
      while (b < raw.length && CLASS[raw.charCodeAt(b)]! & EDGE) b++;
      const alone =
        (a < 0 || CLASS[raw.charCodeAt(a)]! & BREAK) &&
        (b >= raw.length || CLASS[raw.charCodeAt(b)]! & BREAK);
      if (!alone) return;
      whole++;
      while (a >= 0 && CLASS[raw.charCodeAt(a)]! & STRIP) a--;
      while (a >= 0 && CLASS[raw.charCodeAt(a)]! & CLOSER) a--;
      if (a >= 0 && !(CLASS[raw.charCodeAt(a)]! & TERMINAL)) midSentence = true;
    };
    // t alone on its line is that line without its EDGE characters: only lines of that text can hold it.
    // t holds no line break, so searching each of them from its start finds what the search through raw
    // finds there. A t of EDGE characters only (soft hyphens and spaces) keeps the search.
    const key = this.searches++ < MAX_SEARCHES ? '' : trimEdge(t);
    if (key === '') {
      for (let i = raw.indexOf(t); i >= 0; i = raw.indexOf(t, i + t.length)) visit(i);
    } else {
      for (const k of this.lineIndex().get(key) ?? []) {
        const start = this.lines[k]!;
        const line = raw.slice(start, this.lines[k + 1]!);
        for (let j = line.indexOf(t); j >= 0; j = line.indexOf(t, j + t.length)) visit(start + j);
      }
    }
    return whole >= 3 && midSentence;
  }

  /** The lines of raw, as offsets into `lines`, by their text without EDGE characters (≤ RUNNING_MAX). */
  private lineIndex(): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    for (let k = 0; k < this.lines.length; k += 2) {
      const text = trimEdge(this.raw.slice(this.lines[k]!, this.lines[k + 1]!));
      if (text === '' || text.length > RUNNING_MAX) continue;
      const at = index.get(text);
      if (at) at.push(k);
      else index.set(text, [k]);
    }
    this.index = index;
    return index;
  }
}

/** s without the characters of class EDGE at its ends. */
function trimEdge(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && CLASS[s.charCodeAt(a)]! & EDGE) a++;
  while (b > a && CLASS[s.charCodeAt(b - 1)]! & EDGE) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Running lines confirmed by a search through raw before RunningLines indexes its short lines. */
const MAX_SEARCHES = 16;

/** The output as slices of raw and replaced characters, with the raw index where each segment starts. */
class Builder {
  private parts: string[] = [];
  /** Pending run of raw copied unchanged: [runStart, runEnd). */
  private runStart = 0;
  private runEnd = 0;
  private segText: number[] = [];
  private segRaw: number[] = [];
  private breaks: number[] = [];
  /** Raw index just after the last character written; a write elsewhere starts a segment. */
  private nextRaw = -1;
  length = 0;

  constructor(private readonly raw: string) {}

  private mapTo(rawStart: number): void {
    if (rawStart === this.nextRaw) return;
    this.segText.push(this.length);
    this.segRaw.push(rawStart);
  }

  /** Characters copied unchanged from raw[start, end). */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.mapTo(start);
    if (start !== this.runEnd) {
      this.flush();
      this.runStart = start;
    }
    this.runEnd = end;
    this.length += end - start;
    this.nextRaw = end;
  }

  /** One character standing for the raw character at rawIndex. */
  put(ch: string, rawIndex: number): void {
    if (this.raw[rawIndex] === ch) {
      this.copy(rawIndex, rawIndex + 1);
      return;
    }
    this.mapTo(rawIndex);
    this.flush();
    this.parts.push(ch);
    this.length++;
    this.nextRaw = rawIndex + 1;
  }

  /** The line break standing for the raw character at rawIndex (the end of the line before). */
  lineBreak(rawIndex: number): void {
    this.breaks.push(this.length);
    this.put('\n', rawIndex);
  }

  private flush(): void {
    if (this.runEnd > this.runStart) this.parts.push(this.raw.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = -1;
  }

  finish(): NormalizedText {
    this.flush();
    const text = this.parts.join('');
    const typed = (a: number[]) => Int32Array.from(a);
    return new Segments(text, this.raw.length, typed(this.segText), typed(this.segRaw), typed(this.breaks));
  }
}

class Segments implements NormalizedText {
  readonly seams: Int32Array;

  constructor(
    readonly text: string,
    private readonly rawLength: number,
    private readonly segText: Int32Array,
    private readonly segRaw: Int32Array,
    readonly lineBreaks: Int32Array,
  ) {
    this.seams = segText.subarray(1);
  }

  toOriginal(index: number): number {
    const n = this.text.length;
    const i = Math.max(0, Math.min(index, n));
    if (i === n) return this.rawLength;
    let lo = 0;
    let hi = this.segText.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segText[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.segRaw[lo]! + (i - this.segText[lo]!);
  }

  toOriginalRange(start: number, end: number): { start: number; end: number } {
    const s = this.toOriginal(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: this.toOriginal(end - 1) + 1 };
  }
}

/** Reads the ascending indices of special characters, for lines visited in order. */
class SpecialCursor {
  private k = 0;

  constructor(private readonly specials: number[]) {}

  /** The first special index ≥ from, or `to` when there is none before it. */
  next(from: number, to: number): number {
    while (this.k < this.specials.length && this.specials[this.k]! < from) this.k++;
    return this.k < this.specials.length ? Math.min(this.specials[this.k]!, to) : to;
  }
}

/**
 * Appends raw[start, end): invisible characters dropped, spaces next to Chinese text dropped (in prose),
 * widths mended.
 */
function appendLine(
  out: Builder,
  raw: string,
  specials: SpecialCursor,
  start: number,
  end: number,
  prose: boolean,
): void {
  let first = start;
  while (first < end && CLASS[raw.charCodeAt(first)]! & EDGE) first++;
  let last = end;
  while (last > first && CLASS[raw.charCodeAt(last - 1)]! & EDGE) last--;
  let runStart = first;
  let prev = -1; // code of the last character written from this line
  for (let i = specials.next(first, last); i < last; i = specials.next(i + 1, last)) {
    let c = raw.charCodeAt(i);
    let cls = CLASS[c]!;
    if (runStart < i) {
      out.copy(runStart, i);
      prev = raw.charCodeAt(i - 1);
    }
    runStart = i + 1;
    if (cls & INVISIBLE) continue;
    if (cls & HSPACE) {
      let j = i;
      while (j < last && CLASS[raw.charCodeAt(j)]! & EDGE) j++;
      const next = raw.charCodeAt(j);
      // In prose a space beside Chinese text is a layout artefact; a heading keeps one separating space.
      const keep =
        (CLASS[prev]! & CLASS[next]! & ASCII_WORD) !== 0 || prev === 35 /* # */ || (!prose && prev !== -1);
      if (keep) out.put(' ', i);
      prev = 32;
      i = j - 1;
      runStart = j;
      continue;
    }
    if (cls & WIDE) {
      c -= 0xfee0;
      cls = CLASS[c]!;
    } else if (cls & LOOKALIKE) {
      c = lookalikeOf(c);
      cls = CLASS[c]!;
    }
    let ch = String.fromCharCode(c);
    if (cls & TO_WIDE) {
      const before = CLASS[prev] ?? 0; // 0 at the line's edges (prev or next -1)
      const after = CLASS[i + 1 < last ? raw.charCodeAt(i + 1) : -1] ?? 0;
      const digitGroup = c === 44 /* , */ && (before & after & ASCII_WORD) !== 0;
      if (((before | after) & CJK || !((before | after) & ASCII_WORD)) && !digitGroup) ch = WIDE_FORM[c]!;
    }
    out.put(ch, i);
    prev = ch.charCodeAt(0);
  }
  if (runStart < last) out.copy(runStart, last);
}

/**
 * Repairs a report's text. A line is joined to the next content line when it does not end a sentence,
 * is not a heading, and the next line is not a heading either (newspaper pages break lines mid-phrase).
 */
export function normalizeText(raw: string): NormalizedText {
  const out = new Builder(raw);
  const { lines, specials } = scanRaw(raw);
  const cursor = new SpecialCursor(specials);
  const wrapWidth = wrappedWidth(raw, lines);
  const running = new RunningLines(raw, lines, wrapWidth);
  const indented = indentsParagraphs(raw, lines, wrapWidth);
  let pendingBreak = -1; // raw index of the line break owed before the next line, -1 when joining
  let joinNext = false;
  // A line of a wrapped page's width that ends a sentence: the page may have cut the paragraph right after
  // a full stop, so the next line runs on unless it is indented or looks like a heading itself.
  let fullAtStop = false;
  // A line opening like a heading that runs to a wrapped page's margin without ending its sentence: a
  // paragraph's first line, or a long title whose short unpunctuated tail on the next line ends it.
  let headingRuns = false;
  let started = false;
  let previous = '';
  let previousEnds = false;
  // The line before is nearly as long as a wrapped page's lines, opens no heading and ends no sentence: a
  // figure or Latin word too long for the rest of the line was carried to the next one (…从77%提高到⏎80%以上).
  let previousShortOfMargin = false;
  // The line before was taken for a title but stops within 3 characters of a wrapped page's margin (text
  // copied from a PDF drops the indent of a paragraph's or heading's first line): a next line of the full
  // width continues that paragraph, and a short unpunctuated one is the tail of the title.
  let titleNearMargin = false;
  let previousHeadingStart = false; // a numbered title never runs on into a full line: that is its paragraph
  // On a page that indents its paragraphs, the line before opened one (opensIndented): it runs on into this
  // line unless this one opens a paragraph or a heading itself (a numbered title that fills its line).
  let openedParagraph = false;
  // On such a page the line before reached to within 3.5 ems of the margin: a line that reaches the margin
  // continues it even after a full stop (a first sentence that ends right at the margin), as no indented
  // paragraph opens at the margin.
  let previousWide = false;
  for (let k = 0; k < lines.length; k += 2) {
    const start = lines[k]!;
    const end = lines[k + 1]!;
    let s = start;
    let e = end;
    while (s < e && CLASS[raw.charCodeAt(s)]! & STRIP) s++;
    while (e > s && CLASS[raw.charCodeAt(e - 1)]! & STRIP) e--;
    if (s === e) continue;
    const trimmed = raw.slice(s, e);
    if (isNoise(trimmed)) continue;
    const headingStart = (CLASS[trimmed.charCodeAt(0)]! & HEADING_FIRST) !== 0 && HEADING_START.test(trimmed);
    if (!headingStart && e - s <= RUNNING_MAX && running.drops(s, e, trimmed, joinNext)) continue;
    const leadIn = trimmed.length <= 13 && LEAD_IN.test(trimmed);
    const continuing: boolean =
      (joinNext && !headingStart && !leadIn) ||
      (fullAtStop &&
        s === start &&
        !headingStart &&
        !leadIn &&
        !isHeadingLike(trimmed, false, wrapWidth) &&
        !(indented && opensIndented(trimmed, wrapWidth))) ||
      (started && breaksInside(previous, previousEnds, trimmed)) ||
      (previousShortOfMargin && (CLASS[trimmed.charCodeAt(0)]! & ASCII_WORD) !== 0) ||
      (openedParagraph && !headingStart && !leadIn && !opensIndented(trimmed, wrapWidth)) ||
      (indented && previousWide && !headingStart && !leadIn && ems(trimmed) >= wrapWidth - 0.5) ||
      (titleNearMargin &&
        !headingStart &&
        !leadIn &&
        ((trimmed.length >= wrapWidth - 1 && (!previousHeadingStart || indented)) ||
          (trimmed.length < wrapWidth - 3 && !SENTENCE_PUNCT.test(trimmed))));
    if (started && !continuing) out.lineBreak(pendingBreak);
    const heading: boolean = !continuing && isHeadingLike(trimmed, headingStart, wrapWidth);
    appendLine(out, raw, cursor, start, end, !heading);
    started = true;
    pendingBreak = end;
    previousEnds = endsSentence(trimmed);
    joinNext = !heading && !previousEnds;
    const short = trimmed.length < wrapWidth - 1;
    // The tail of a title ends it.
    if (continuing && titleNearMargin && trimmed.length < wrapWidth - 3) joinNext = false;
    previousHeadingStart = headingStart;
    titleNearMargin =
      heading &&
      !previousEnds &&
      wrapWidth > 0 &&
      trimmed.length >= wrapWidth - 3 &&
      trimmed.length < wrapWidth - 1;
    if (!continuing) headingRuns = headingStart && !heading && wrapWidth > 0 && !trimmed.includes('。');
    else if (headingRuns && short) {
      headingRuns = false;
      if (!SENTENCE_PUNCT.test(trimmed)) joinNext = false;
    }
    previousShortOfMargin =
      wrapWidth > 0 && !previousEnds && !headingStart && trimmed.length >= wrapWidth * 0.75;
    fullAtStop = !heading && previousEnds && wrapWidth > 0 && trimmed.length >= wrapWidth;
    openedParagraph = indented && opensIndented(trimmed, wrapWidth);
    previousWide = indented && ems(trimmed) >= wrapWidth - 3.5;
    previous = trimmed;
  }
  return out.finish();
}
