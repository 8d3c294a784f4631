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
  /** The ordinal as written (一, 十二) for part and area lines. */
  ordinal?: string;
  /** Markdown heading depth (#, ## …), 0 when none (also for a plain title line taken as a heading). */
  depth: number;
}

const MARKDOWN = /^(#{1,6})\s*/;
/** 一、 / 一. / 第一部分 */
const PART = /^(?:([一二三四五六七八九十]{1,3})[、.．]|第([一二三四五六七八九十]{1,3})部分[、：:\s]?)\s*/;
const AREA = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/;
const BULLET = /^[●■◆▲•○◎※★☆►▶]\s*/;
/** "附件1", "附件：", "附件2 名词解释": the report's appendices start here. */
const APPENDIX = /^附\s*件\s*\d{0,2}\s*[:：]?\s*/;

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    if (raw.trim() !== '') lines.push(classify(raw, start, end));
    start = end + 1;
  }
  return promotePlainHeadings(lines);
}

/** A short line with no punctuation at all: a title, never a sentence (quotes allowed: 聚力“三农”工作). */
const PLAIN_TITLE = /^[^，。；：！？、,.;:!?（）()《》【】…—\s]{2,24}$/;
/** A line ending in a particle or conjunction is half of a broken sentence (…发展的 / 主要目标). */
const OPEN_END = /[的和与及或等之在对把被为]$/;
const ENDS_SENTENCE = /[。！？；：…][”’」』）)]*$/;

/**
 * Heading styles are lost in .docx, PDF and web pages: a plain title line between a finished sentence
 * (or a heading) and a paragraph is an unnumbered heading, like a markdown one.
 */
function promotePlainHeadings(lines: TextLine[]): TextLine[] {
  return lines.map((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const isTitle =
      line.kind === 'paragraph' &&
      PLAIN_TITLE.test(line.body) &&
      !OPEN_END.test(line.body) &&
      prev !== undefined &&
      prev.kind !== 'appendix' &&
      (prev.kind !== 'paragraph' || ENDS_SENTENCE.test(prev.body)) &&
      next !== undefined &&
      (next.kind === 'paragraph' || next.kind === 'area' || next.kind === 'bullet') &&
      !/^[，,。；;、：:”’）)（(]/.test(next.body);
    return isTitle ? { ...line, kind: 'heading' } : line;
  });
}

function classify(raw: string, start: number, end: number): TextLine {
  let at = 0;
  let depth = 0;
  const md = MARKDOWN.exec(raw);
  if (md) {
    depth = md[1]!.length;
    at = md[0].length;
  }
  const rest = raw.slice(at);
  const line = (kind: TextLine['kind'], skip: number, ordinal?: string): TextLine => ({
    start,
    end,
    body: rest.slice(skip).trim(),
    bodyAt: at + skip,
    kind,
    depth,
    ...(ordinal ? { ordinal } : {}),
  });
  const part = PART.exec(rest);
  if (part) return line('part', part[0].length, part[1] ?? part[2]);
  const area = AREA.exec(rest);
  if (area) return line('area', area[0].length, area[1]);
  const bullet = BULLET.exec(rest);
  if (bullet) return line('bullet', bullet[0].length);
  const appendix = APPENDIX.exec(rest);
  if (appendix && rest.length <= 30) return line('appendix', appendix[0].length);
  return line(depth > 0 ? 'heading' : 'paragraph', 0);
}
