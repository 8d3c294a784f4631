// 序时进度 (time progress) and reporting periods. Every period is cumulative from January: figures are 累计
// (year to date) and 1–2月 are published combined (DOMAIN.md §3.1). 序时 = months elapsed ÷ 12 (§0, §3.2),
// or a region's own monthly schedule, or a target's own 节点 with planned percentages (§1.2 细化方案).
import type { Schedule } from '../shared/rules';
import type { Stage } from '../shared/status';
import { DomainError } from './errors';
import { formatNumber } from './format';

export type Period =
  | { year: number; kind: 'month'; month: number }
  | { year: number; kind: 'quarter'; quarter: number }
  | { year: number; kind: 'half'; half: number }
  | { year: number; kind: 'year' };

/** A 节点 of a target: a date (YYYY-MM-DD) with the planned cumulative percent and/or stage due by then. */
export interface Milestone {
  date: string;
  percent?: number;
  stage?: Stage;
  label?: string;
}

/** The last month a cumulative period covers: 1–5月 → 5, 前三季度 → 9, 上半年 → 6, 全年 → 12. */
export function periodEndMonth(p: Period): number {
  const m =
    p.kind === 'month' ? p.month : p.kind === 'quarter' ? p.quarter * 3 : p.kind === 'half' ? p.half * 6 : 12;
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(p.year)) {
    throw new DomainError('invalid_period', `报告期无效 (invalid period): ${JSON.stringify(p)}`);
  }
  return m;
}

/** The period's last day as YYYY-MM-DD (milestone dates are compared with it). */
export function periodEndDate(p: Period): string {
  const m = periodEndMonth(p);
  const last = new Date(Date.UTC(p.year, m, 0)).getUTCDate();
  return `${p.year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** True when the period reaches December (a year-end judgement). */
export function isYearEnd(p: Period): boolean {
  return periodEndMonth(p) === 12;
}

const QUARTER_ZH = ['一季度', '上半年', '前三季度', '全年'];
const QUARTER_EN = ['Q1', 'H1', 'Q1–Q3', 'Full year'];

/** How 通报 name the period: 1月, 1–2月 (published combined, §3.1), 1–5月, 一季度, 上半年, 前三季度, 全年. */
export function periodLabel(p: Period): { zh: string; en: string } {
  const m = periodEndMonth(p);
  if (p.kind === 'month') {
    return m === 1 ? { zh: '1月', en: 'January' } : { zh: `1–${m}月`, en: `January–${MONTH_EN[m - 1]}` };
  }
  const i = m / 3 - 1;
  return { zh: QUARTER_ZH[i] ?? '', en: QUARTER_EN[i] ?? '' };
}

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const CN_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : (CN_DIGIT[s] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

const NUM = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';
const RANGE = '\\s*[-–—~～至到]\\s*';

/**
 * Reads a period as 通报 write it: "2024年1-5月", "1—2月", "6月底", "一季度", "第一季度", "前三季度",
 * "上半年", "全年". The year comes from the text or from `year`. Returns null when the text is not a period.
 */
export function parsePeriod(text: string, year?: number): Period | null {
  const t = text.replace(/\s+/g, '').replace(/份/g, '');
  const ym = /^(\d{4})年(.*)$/.exec(t);
  const y = ym ? Number(ym[1]) : year;
  const rest = ym ? (ym[2] ?? '') : t;
  if (y === undefined) return null;
  const months = new RegExp(`^(?:[1一]${RANGE})?${NUM}月(?:底|末)?$`).exec(rest);
  if (months?.[1]) {
    const m = monthNumber(months[1]);
    return m === null ? null : { year: y, kind: 'month', month: m };
  }
  const quarters = new RegExp(`^(?:前|[1一]${RANGE}|第)?${NUM}季度(?:末)?$`).exec(rest);
  if (quarters?.[1]) {
    const q = monthNumber(quarters[1]);
    return q === null || q > 4 ? null : { year: y, kind: 'quarter', quarter: q };
  }
  if (/^(?:上半年|前两季度|半年)$/.test(rest)) return { year: y, kind: 'half', half: 1 };
  if (/^(?:下半年|全年|年度|年底|年末|1[-–—~～至到]12月)$/.test(rest) || rest === '') {
    return rest === '' && !ym ? null : { year: y, kind: 'year' };
  }
  return null;
}

/**
 * The cumulative periods a cadence reports in one year: monthly reports start at 1–2月 because January and
 * February are published combined (§3.1); quarterly Q1–Q4; half-yearly H1, H2; yearly the year (§1.3 cadence).
 */
export function reportingPeriods(year: number, kind: Period['kind']): Period[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  switch (kind) {
    case 'month':
      return range(2, 12).map((month) => ({ year, kind, month }));
    case 'quarter':
      return range(1, 4).map((quarter) => ({ year, kind, quarter }));
    case 'half':
      return range(1, 2).map((half) => ({ year, kind, half }));
    case 'year':
      return [{ year, kind }];
  }
}

export interface TimeProgressOptions {
  /** The region's 序时 schedule (src/shared/rules.ts); linear months ÷ 12 when absent. */
  schedule?: Schedule;
  /** The target's own 节点; those with a planned percent replace the schedule. */
  milestones?: readonly Milestone[];
}

/**
 * 序时进度 in percent (0–100) at the end of a period (DOMAIN.md §3.2: p = months ÷ 12; 1–9月 → 75,
 * 1–11月 → 91.7). With percent 节点, p is the planned percent of the latest node on or before the period's
 * end, 0 before the first node (§1.2: "序时进度…细化分解到月").
 */
export function timeProgress(period: Period, options: TimeProgressOptions = {}): number {
  const end = periodEndMonth(period);
  const nodes = (options.milestones ?? []).filter((m) => m.percent !== undefined);
  if (nodes.length > 0) {
    const endDate = periodEndDate(period);
    const passed = nodes.filter((m) => m.date <= endDate).sort((a, b) => a.date.localeCompare(b.date));
    return passed.at(-1)?.percent ?? 0;
  }
  const schedule = options.schedule ?? { kind: 'linear' };
  if (schedule.kind === 'monthly') return schedule.cumulative[end - 1] ?? 100;
  return (end / 12) * 100;
}

/** The 序时 percent as written in a 通报 (1–11月 → "91.7%"). */
export function formatTimeProgress(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}
