// The report's title, the year reviewed and the year planned, and the main-targets paragraph.
import type { Section } from '../types';
import type { TextLine } from './lines';
import type { SectionScan } from './sections';

const YEAR = /((?:19|20)\d{2})年/;
/** "——2024年3月5日在第十四届全国人民代表大会第二次会议上": the session date. */
const SESSION_DATE = /((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日在/;
/** "2026年是“十五五”开局之年", "今年是…": the planned year stated in the text. */
const PLAN_YEAR_SENTENCE = /((?:19|20)\d{2})年是[^。]{0,30}(开局|起步|收官|关键|攻坚|之年)/;
/** Words that put a targets paragraph on a five-year plan rather than the coming year. */
const MULTI_YEAR = /十[一二三四五六七八九]五|五年|年均|2030|2035/;
/** A sentence saying which year of a plan the coming year is (今年是“十五五”规划开局之年。). */
const YEAR_OF_PLAN = /(今年|明年|(19|20)\d\d年)是[^。]{0,30}之年。?/;

export function findTitle(lines: TextLine[], firstSection: number): string | undefined {
  // Lines are in text order, so the lines before the first section are a prefix.
  const preamble = lines.slice(0, 30).filter((l) => firstSection < 0 || l.start < firstSection);
  const at = preamble.findIndex(
    (l) => /政府工作报告/.test(l.body) && l.body.length <= 80 && !/。/.test(l.body),
  );
  if (at >= 0) {
    const line = preamble[at]!;
    const prev = preamble[at - 1];
    // A subtitle (——…政府工作报告摘要) continues the headline above it.
    if (/^——/.test(line.body) && prev && prev.body.length <= 60 && !/[。，：]/.test(prev.body)) {
      return `${prev.body}${line.body}`;
    }
    return line.body;
  }
  return preamble.find((l) => l.depth === 1)?.body;
}

export function findYears(
  text: string,
  lines: TextLine[],
  sections: Section[],
): { reviewYear?: number; planYear?: number } {
  const yearOf = (s: Section | undefined) => {
    const m = s ? YEAR.exec(s.title) : null;
    return m ? Number(m[1]) : undefined;
  };
  const parts = sections.filter((s) => s.level === 'part');
  let reviewYear = yearOf(parts.find((s) => s.role === 'review' && YEAR.test(s.title)));
  let planYear = yearOf(parts.find((s) => (s.role === 'plan' || s.role === 'targets') && YEAR.test(s.title)));
  if (planYear === undefined) {
    const date = SESSION_DATE.exec(
      lines
        .slice(0, 30)
        .map((l) => l.body)
        .join('\n'),
    );
    // The 人代会 meets from late December to February (DOMAIN.md §1.1): a December session plans next year.
    if (date) planYear = Number(date[1]) + (Number(date[2]) >= 10 ? 1 : 0);
  }
  if (planYear === undefined) {
    const m = PLAN_YEAR_SENTENCE.exec(text);
    if (m) planYear = Number(m[1]);
  }
  if (reviewYear === undefined && planYear !== undefined) reviewYear = planYear - 1;
  if (planYear === undefined && reviewYear !== undefined) planYear = reviewYear + 1;
  return {
    ...(reviewYear !== undefined ? { reviewYear } : {}),
    ...(planYear !== undefined ? { planYear } : {}),
  };
}

/** A target listed one a line after a lead-in is at most this long; a longer line is prose. */
const LISTED_TARGET = 80;

const isHeadingLine = (l: TextLine) => l.kind !== 'paragraph' && l.kind !== 'bullet';

/**
 * The 主要预期目标 paragraph: under a heading that names it, or the paragraph that names it; the coming
 * year's (今年, the planned year) wins over a five-year plan's.
 */
export function findMainTargets(
  text: string,
  lines: TextLine[],
  scan: SectionScan,
  planYear: number | undefined,
): { start: number; end: number } | undefined {
  let best: { start: number; end: number; score: number } | undefined;
  // One search over the text for 目标 (much faster than for the pattern, whose first character is
  // common), then 主要 or 主要预期 before it. The words hold no marker character, so a match inside a
  // line is a match inside its body; each line is scored once.
  let i = 0;
  let scoredLine = -1;
  for (let at = text.indexOf('目标'); at >= 0; at = text.indexOf('目标', at + 1)) {
    const start =
      at >= 2 && text.startsWith('主要', at - 2)
        ? at - 2
        : at >= 4 && text.startsWith('主要预期', at - 4)
          ? at - 4
          : -1;
    if (start < 0) continue;
    while (i < lines.length && lines[i]!.end < at + 2) i++;
    if (i === lines.length) break;
    if (lines[i]!.start > start || i === scoredLine) continue;
    scoredLine = i;
    const scored = scoreTargets(lines, i, scan, planYear);
    if (scored && (!best || scored.score > best.score)) best = scored;
  }
  return best && best.score > -3 ? { start: best.start, end: best.end } : undefined;
}

/** A year as a date (2026年), not a figure. */
const YEAR_DATE = /(19|20)\d\d年/g;

function scoreTargets(
  lines: TextLine[],
  i: number,
  scan: SectionScan,
  planYear: number | undefined,
): { start: number; end: number; score: number } | undefined {
  const line = lines[i]!;
  const section = scan.sections[scan.lineSection[i] ?? -1];
  let range: { start: number; end: number };
  let body: string;
  if (isHeadingLine(line)) {
    const following = [];
    for (let j = i + 1; j < lines.length && !isHeadingLine(lines[j]!); j++) following.push(lines[j]!);
    if (following.length === 0) return undefined;
    range = { start: following[0]!.start, end: following[following.length - 1]!.end };
    body = line.body + following.map((l) => l.body).join('');
  } else if (!/\d/.test(line.body) && /[：:]$/.test(line.body)) {
    // 主要预期目标如下： then the targets one a line (a table of figures as the readers write it, a list):
    // the short lines that follow, up to a heading or a paragraph of prose.
    const following = [];
    for (let j = i + 1; j < lines.length && !isHeadingLine(lines[j]!); j++) {
      if (lines[j]!.body.length > LISTED_TARGET) break;
      following.push(lines[j]!);
    }
    if (following.length === 0) return undefined;
    range = { start: line.start, end: following[following.length - 1]!.end };
    body = line.body + following.map((l) => l.body).join('');
  } else {
    range = { start: line.start, end: line.end };
    body = line.body;
  }
  // A title that dates the targets (■ 2026年主要预期目标) holds no figure: the paragraph after it does.
  if (!/\d/.test(body.replace(YEAR_DATE, ''))) return undefined;
  const before = lines[i - 1]?.body.slice(-30) ?? '';
  let score = 0;
  if (section?.role === 'plan' || section?.role === 'targets') score += 2;
  if (section?.role === 'review') score -= 3;
  if (/今年|明年/.test(body) || (planYear !== undefined && body.includes(`${planYear}年`))) score += 1;
  // 今年是“十五五”规划开局之年: naming the plan the coming year opens does not put the paragraph on it.
  const opening = body.slice(0, 60).replace(YEAR_OF_PLAN, '');
  // A paragraph that opens on the coming year (今年…) is its own, whatever the paragraph before it planned.
  const ownYear = /今年|明年/.test(opening) || (planYear !== undefined && opening.includes(`${planYear}年`));
  if (MULTI_YEAR.test(opening) || (!ownYear && MULTI_YEAR.test(before))) score -= 3;
  return { ...range, score };
}
