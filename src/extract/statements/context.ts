// Which part of the report a paragraph sits in: the review (上年工作回顾, 过去五年) gives actuals, the plan
// (工作安排, 主要目标) gives targets (gold/README.md `kind`; DOMAIN.md §3 on the report's parts).

export type Role = 'review' | 'plan';

export interface Paragraph {
  start: number;
  end: number;
  heading: boolean;
  role: Role;
  /** A multi-year span for five-year results or goals, e.g. "2021-2025". */
  period?: string;
  /** The year planned, when the report names it (dates a year written in the paragraph). */
  planYear?: number;
  /** A line of a glossary (名词解释): it defines terms, so its figures are thresholds, not statements. */
  glossary?: boolean;
}

export interface DocumentContext {
  paragraphs: Paragraph[];
  planYear?: number;
}

const PART_HEADING = /^(#{1,6}\s*)?([一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)/;
const REVIEW_WORDS = /回顾|成就|成绩|过去|上年|去年|取得|一年来|五年来|总结/;
const PLAN_WORDS = /安排|任务|目标|打算|重点工作|主要工作|要求|建议|计划|考虑|展望|开好局|部署|举措/;
/** Paragraph openers that date what follows: the past year or five years, or the coming ones. */
const REVIEW_OPENER = /^((刚刚|刚)?过去的?一年|一年来|去年|上年)/;
/** An address before the opener (各位代表，刚刚过去的2025年…) and 刚刚过去的 before a single year. */
const ADDRESS = /^(各位代表|同志们)[，,：:]?/;
const JUST_PAST_YEAR = /^(刚刚|刚)?过去的(?=20\d\d年)/;
const FIVE_YEAR_REVIEW = /^(过去五年|过去的五年|五年来|这五年)/;
const PLAN_OPENER = /^(今年|明年)/;
const FIVE_YEAR_PLAN = /^(今后五年|未来五年|《[^》]*纲要)/;
const FYP_OPENER = /^“?十[一二三四五六七八九]五”?(时期|期间|以来|规划)/;
const FYP = /十([一二三四五六七八九])五/;
const YEAR = /(20\d\d)年/g;
const CN_DIGIT = '一二三四五六七八九';
/** The title of a glossary of the report's terms, alone on its line or after 附件/附录 (附件2 名词解释) or 附： (附：名词解释). */
const GLOSSARY_TITLE =
  /^((附件|附录)\s*[0-9一二三四五六七八九十]*\s*[：:]?\s*|附\s*[：:]\s*)?(有关)?(名词|术语)(解释|注释|说明)\s*$/;
/**
 * The characters the line-start patterns above can begin with, as bit flags by UTF-16 code unit: a line
 * opening with anything else is decided without running them (most lines are prose; a regex call costs
 * more than the check).
 */
const HEADING_FIRST = 1;
const OPENER_FIRST = 2;
const DATED_FIRST = 4;
const FIRST = new Uint8Array(0x10000);
for (const [chars, flag] of [
  ['#一二三四五六七八九十第（(', HEADING_FIRST],
  ['各同刚过“十五这今未《2一去上明', OPENER_FIRST],
  ['—', DATED_FIRST],
] as const) {
  for (const ch of chars) FIRST[ch.charCodeAt(0)] = FIRST[ch.charCodeAt(0)]! | flag;
}

function opensWith(line: string, flag: number): boolean {
  return ((FIRST[line.charCodeAt(0)] ?? 0) & flag) !== 0;
}

/** The plan (Nth five-year plan) period: from the third plan (1966-1970) on, 1966 + 5 × (N − 3). */
export function fiveYearPlanPeriod(n: number): string {
  const start = 1966 + 5 * (n - 3);
  return `${start}-${start + 4}`;
}

/** The five-year plan a year falls in (2024 → 14, 2026 → 15). */
export function planNumberOf(year: number): number {
  return Math.floor((year - 1966) / 5) + 3;
}

function fypNumber(s: string): number | undefined {
  const m = FYP.exec(s);
  return m ? 10 + CN_DIGIT.indexOf(m[1]!) + 1 : undefined;
}

/** A short title, a colon and a body of its own after it (一、教育提质工程：新建幼儿园3所). */
const TITLE_COLON_BODY = /^[^，。；：]{2,24}：[^，。；：]{4,}/;
/** A line that is only a heading (no body text after it): its figures are not statements. */
function isHeadingLine(line: string): boolean {
  const marked =
    opensWith(line, HEADING_FIRST) &&
    (PART_HEADING.test(line) ||
      /^#{1,6}\s/.test(line) ||
      /^[（(][一二三四五六七八九十]{1,3}[)）]/.test(line));
  // "（一）着力扩大国内需求。把恢复和扩大消费…" carries its paragraph on the same line, and so does
  // "一、教育提质工程：新建幼儿园3所…" after a colon.
  if (marked) return line.length <= 60 && !/。./.test(line) && !TITLE_COLON_BODY.test(line);
  return line.length <= 40 && !/[，。；：！？]/.test(line);
}

/**
 * The line up to its first 。 (line.split('。')[0] without splitting the rest: a part heading's line may
 * carry its whole paragraph).
 */
function firstSentence(line: string): string {
  const stop = line.indexOf('。');
  return stop < 0 ? line : line.slice(0, stop);
}

/** The year planned: the latest year named in a part heading or in the dated subtitle (——2024年3月5日). */
function findPlanYear(lines: string[]): number | undefined {
  let best: number | undefined;
  for (const line of lines) {
    const dated = opensWith(line, DATED_FIRST) ? /^——(20\d\d)年\d{1,2}月/.exec(line) : null;
    const heading = opensWith(line, HEADING_FIRST) && PART_HEADING.test(line);
    if (!dated && !heading) continue;
    for (const m of firstSentence(line).matchAll(YEAR)) best = Math.max(best ?? 0, Number(m[1]));
  }
  return best;
}

function partRole(line: string, planYear: number | undefined, previous: Role): Role | 'mixed' {
  const years = [...line.matchAll(YEAR)].map((m) => Number(m[1]));
  const fyp = fypNumber(line);
  const currentFyp = planYear !== undefined ? planNumberOf(planYear) : undefined;
  const pastYear = planYear !== undefined && years.some((y) => y < planYear);
  const planYearNamed = planYear !== undefined && years.includes(planYear);
  const review = REVIEW_WORDS.test(line) || pastYear || (fyp !== undefined && fyp === (currentFyp ?? 0) - 1);
  const plan = PLAN_WORDS.test(line) || planYearNamed || (fyp !== undefined && fyp === currentFyp);
  if (review && plan) {
    if (pastYear && !planYearNamed && !(fyp !== undefined && fyp === currentFyp)) return 'review';
    return 'mixed';
  }
  if (review) return 'review';
  if (plan) return 'plan';
  return previous;
}

/** The role a paragraph's opening words give it (过去五年 → review 2021-2025, 今年 → plan), if any. */
function openerRole(line: string, planYear: number | undefined): { role: Role; period?: string } | undefined {
  const opener = line.replace(ADDRESS, '').replace(JUST_PAST_YEAR, '');
  const currentFyp = planYear !== undefined ? planNumberOf(planYear) : undefined;
  const fyp = FYP_OPENER.test(opener) ? fypNumber(opener) : undefined;
  if (fyp !== undefined) {
    const role: Role = currentFyp !== undefined && fyp < currentFyp ? 'review' : 'plan';
    return { role, period: fiveYearPlanPeriod(fyp) };
  }
  // 过去五年 counts back from the year planned, whatever plan period it straddles.
  if (FIVE_YEAR_REVIEW.test(opener)) {
    return planYear === undefined
      ? { role: 'review' }
      : { role: 'review', period: `${planYear - 5}-${planYear - 1}` };
  }
  if (FIVE_YEAR_PLAN.test(opener)) {
    if (/纲要/.test(opener) && currentFyp !== undefined)
      return { role: 'plan', period: fiveYearPlanPeriod(currentFyp) };
    return planYear === undefined
      ? { role: 'plan' }
      : { role: 'plan', period: `${planYear}-${planYear + 4}` };
  }
  // A single year opens a one-year scope: a five-year period set before ends (gold/README.md `period`).
  // "2023年，我们…" opens the year reviewed; "2024年是…" or "2024年，要…" the year planned.
  const year = /^(20\d\d)年/.exec(opener);
  if (year && planYear !== undefined) {
    const y = Number(year[1]);
    if (y === planYear - 1) return { role: 'review' };
    if (y === planYear) return { role: 'plan' };
  }
  if (REVIEW_OPENER.test(opener)) return { role: 'review' };
  if (PLAN_OPENER.test(opener)) return { role: 'plan' };
  return undefined;
}

/** Splits normalized text into paragraphs and gives each its role and period. */
export function readContext(text: string): DocumentContext {
  // Lines by indexOf: String.prototype.split on '\n' costs several times more over a whole report.
  const lines: string[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
    lines.push(text.slice(from, nl));
    from = nl + 1;
  }
  lines.push(text.slice(from));
  const planYear = findPlanYear(lines);
  const paragraphs: Paragraph[] = [];
  let role: Role = 'review';
  let part: Role | 'mixed' = 'review';
  let period: string | undefined;
  let glossary = false;
  let offset = 0;
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    const heading = isHeadingLine(line);
    // A glossary runs from its title to the next part heading or the end of the text.
    if (line.length <= 16 && GLOSSARY_TITLE.test(line)) glossary = true;
    if (opensWith(line, HEADING_FIRST) && PART_HEADING.test(line)) {
      glossary = false;
      const title = firstSentence(line);
      part = partRole(title, planYear, role);
      role = part === 'mixed' ? 'review' : part;
      period = undefined;
      const fyp = fypNumber(title);
      if (part !== 'mixed' && fyp !== undefined && !/20\d\d年/.test(title)) period = fiveYearPlanPeriod(fyp);
    } else if (!heading) {
      const found = opensWith(line, OPENER_FIRST) ? openerRole(line.slice(0, 24), planYear) : undefined;
      if (found) {
        role = found.role;
        period = found.period;
      }
    }
    const p: Paragraph = { start, end: start + line.length, heading, role };
    if (period !== undefined) p.period = period;
    if (planYear !== undefined) p.planYear = planYear;
    if (glossary) p.glossary = true;
    paragraphs.push(p);
  }
  const ctx: DocumentContext = { paragraphs };
  if (planYear !== undefined) ctx.planYear = planYear;
  return ctx;
}
