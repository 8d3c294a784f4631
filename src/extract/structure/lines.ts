// Lines of the normalized text (one paragraph or heading per line) and what each one is.

export interface TextLine {
  /** Offsets into the normalized text; `end` excludes the line break. */
  start: number;
  end: number;
  /** The line without its markdown hashes, bullet or ordinal marker. */
  body: string;
  /** Offset of `body` within the line. */
  bodyAt: number;
  kind: 'part' | 'area' | 'heading' | 'bullet' | 'appendix' | 'paragraph';
  /** The ordinal as written (一, 十二) for part and area lines, '' for others. */
  ordinal: string;
  /** Markdown heading depth (#, ## …), 0 when none (also for a plain title line taken as a heading). */
  depth: number;
  /** A part line numbered 第一部分 (a chapter) rather than 一、. */
  chapter?: boolean;
}

const MARKDOWN = /(#{1,6})\s*/y;
/** 一、 / 一. / 第一部分 */
const PART = /(?:([一二三四五六七八九十]{1,3})[、.．]|第([一二三四五六七八九十]{1,3})部分[、：:\s]?)\s*/y;
const AREA = /[（(]([一二三四五六七八九十]{1,3})[）)]\s*/y;
const BULLET = /[●■◆▲•○◎※★☆►▶]\s*/y;
/** "附件1", "附件：", "附件2 名词解释", "附：名词解释": the report's appendices start here (附 alone only before a colon). */
const APPENDIX = /附\s*(?:件\s*\d{0,2}\s*[:：]?|[:：])\s*/y;
/** Which marker a line's first character may open: each pattern above is tried only after its own. */
const OPENS = new Uint8Array(0x10000);
const [OPENS_PART, OPENS_AREA, OPENS_BULLET, OPENS_APPENDIX] = [1, 2, 3, 4];
for (const [kind, chars] of [
  [OPENS_PART, '一二三四五六七八九十第'],
  [OPENS_AREA, '（('],
  [OPENS_BULLET, '●■◆▲•○◎※★☆►▶'],
  [OPENS_APPENDIX, '附'],
] as const) {
  for (let k = 0; k < chars.length; k++) OPENS[chars.charCodeAt(k)] = kind;
}

/** Indices of the "\n" characters in text (normalizeText hands them over as NormalizedText.lineBreaks). */
export function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return breaks;
}

/** The non-blank lines of text, classified; `breaks` are the indices of its line breaks, ascending. */
export function splitLines(text: string, breaks: ArrayLike<number> = lineBreaks(text)): TextLine[] {
  const lines: TextLine[] = [];
  for (let k = 0; k <= breaks.length; k++) {
    const start = k === 0 ? 0 : breaks[k - 1]! + 1;
    const end = k < breaks.length ? breaks[k]! : text.length;
    const raw = text.slice(start, end);
    if (raw.trim() !== '') lines.push(classify(raw, start, end));
  }
  return promotePlainHeadings(lines);
}

/** True when the code unit c is one of the characters of `set`. */
export function hasCode(set: string, c: number): boolean {
  for (let j = 0; j < set.length; j++) if (set.charCodeAt(j) === c) return true;
  return false;
}

/** True when s ends with one of `terminals`, then only closing quotes or brackets (”’」』）)). */
export function endsWithAny(s: string, terminals: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && hasCode('”’」』）)', s.charCodeAt(k))) k--;
  return k >= 0 && hasCode(terminals, s.charCodeAt(k));
}

/** A short line with no punctuation at all: a title, never a sentence (quotes allowed: 聚力“三农”工作). */
const PLAIN_TITLE = /^[^，。；：！？、,.;:!?（）()《》【】…—\s]{2,24}$/;
/** A line ending in a particle or conjunction is half of a broken sentence (…发展的 / 主要目标). */
const OPEN_END = '的和与及或等之在对把被为';
const ENDS_SENTENCE = '。！？；：…';
/** A next line opening with one of these continues a sentence. */
const CONTINUES = '，,。；;、：:”’）)（(';

/**
 * Heading styles are lost in .docx, PDF and web pages: a plain title line between a finished sentence
 * (or a heading) and a paragraph is an unnumbered heading, like a markdown one.
 */
function promotePlainHeadings(lines: TextLine[]): TextLine[] {
  // Decided on the lines as classified, then applied: a promoted line does not change its neighbour's case.
  const promoted: TextLine[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'paragraph') continue;
    const { body } = line;
    if (
      body.length < 2 ||
      body.length > 24 ||
      !PLAIN_TITLE.test(body) ||
      hasCode(OPEN_END, body.charCodeAt(body.length - 1))
    ) {
      continue;
    }
    const prev = lines[i - 1]!;
    const next = lines[i + 1]!;
    const isTitle =
      prev.kind !== 'appendix' &&
      (prev.kind !== 'paragraph' || endsWithAny(prev.body, ENDS_SENTENCE)) &&
      (next.kind === 'paragraph' || next.kind === 'area' || next.kind === 'bullet') &&
      !hasCode(CONTINUES, next.body.charCodeAt(0));
    if (isTitle) promoted.push(line);
  }
  for (const line of promoted) line.kind = 'heading';
  return lines;
}

function classify(raw: string, start: number, end: number): TextLine {
  let at = 0;
  let depth = 0;
  if (raw.charCodeAt(0) === 35 /* # */) {
    MARKDOWN.lastIndex = 0;
    const md = MARKDOWN.exec(raw);
    if (md) {
      depth = md[1]!.length;
      at = md[0].length;
    }
  }
  const opens = OPENS[raw.charCodeAt(at)] ?? 0; // 0 past the end of a line of hashes
  const part = opens === OPENS_PART ? sticky(PART, raw, at) : null;
  if (part) {
    const line = lineOf(raw, start, end, at, part[0].length, 'part', depth, part[1] ?? part[2]);
    if (part[2] !== undefined) line.chapter = true;
    return line;
  }
  const area = opens === OPENS_AREA ? sticky(AREA, raw, at) : null;
  if (area) return lineOf(raw, start, end, at, area[0].length, 'area', depth, area[1]);
  const bullet = opens === OPENS_BULLET ? sticky(BULLET, raw, at) : null;
  if (bullet) return lineOf(raw, start, end, at, bullet[0].length, 'bullet', depth);
  const appendix = opens === OPENS_APPENDIX && raw.length - at <= 30 ? sticky(APPENDIX, raw, at) : null;
  if (appendix) return lineOf(raw, start, end, at, appendix[0].length, 'appendix', depth);
  return lineOf(raw, start, end, at, 0, depth > 0 ? 'heading' : 'paragraph', depth);
}

function lineOf(
  raw: string,
  start: number,
  end: number,
  at: number,
  skip: number,
  kind: TextLine['kind'],
  depth: number,
  ordinal = '',
): TextLine {
  // Every line has the same properties in the same order, so code reading lines sees one shape.
  return { start, end, body: raw.slice(at + skip).trim(), bodyAt: at + skip, kind, ordinal, depth };
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}
