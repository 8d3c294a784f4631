// Reporting periods (报告期), the one model of the domain: `{ year, kind, index }`, the shape of the ids every
// layer stores and sends (YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY; src/shared/period.ts, DOMAIN.md §1.3 cadences).
// A period names a span (第三季度 = July–September), but the figures reported for it are cumulative from January
// to its end (累计, §3.1), so judging and 序时 look only at its last month. 1–2月 are published combined
// (§3.1): the period 2024-02 reads "1–2月" and monthly reporting starts there.
import { MONTH_NAMES_EN, type PeriodId, readPeriodId } from '../shared/period';
import type { PeriodKind } from '../shared/status';
import { DomainError } from './errors';

/** A reporting period: month 1–12, quarter 1–4, half 1–2, or the year (index 1). */
export type Period = PeriodId;

const COUNT_PER_YEAR: Readonly<Record<PeriodKind, number>> = { month: 12, quarter: 4, half: 2, year: 1 };
const MONTHS_PER: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, half: 6, year: 12 };
const ORDINAL_ZH = ['一', '二', '三', '四'];

function check(p: Period): Period {
  const count = COUNT_PER_YEAR[p.kind];
  if (
    count === undefined ||
    !Number.isInteger(p.year) ||
    !Number.isInteger(p.index) ||
    p.index < 1 ||
    p.index > count
  ) {
    throw new DomainError('invalid_period', `报告期无效 (invalid period): ${JSON.stringify(p)}`);
  }
  return p;
}

/** A period from its parts; throws `invalid_period` when the index does not exist (month 13, Q5). */
export function makePeriod(kind: PeriodKind, year: number, index = 1): Period {
  return check({ year, kind, index });
}

/** Reads a period id (2024-05, 2024-Q3, 2024-H1, 2024); null when the text is not one. */
export function parsePeriodId(id: string): Period | null {
  return readPeriodId(id.trim());
}

/** The id a period is stored and sent as: 2024-05, 2024-Q3, 2024-H1, 2024. */
export function periodId(p: Period): string {
  const { kind, year, index } = check(p);
  if (kind === 'month') return `${year}-${String(index).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${index}`;
  if (kind === 'half') return `${year}-H${index}`;
  return `${year}`;
}

/** The last month a period covers: 1–5月 → 5, 前三季度 → 9, 上半年 → 6, 全年 → 12 (= months elapsed, §3.2). */
export function periodEndMonth(p: Period): number {
  return check(p).index * MONTHS_PER[p.kind];
}

/** The first month of the period's own span: 第三季度 → 7, 下半年 → 7, 2024 → 1. */
export function periodStartMonth(p: Period): number {
  return periodEndMonth(p) - MONTHS_PER[p.kind] + 1;
}

/** The period's last day as YYYY-MM-DD (milestone dates and 完成时限 are compared with it). */
export function periodEndDate(p: Period): string {
  const m = periodEndMonth(p);
  const last = new Date(Date.UTC(p.year, m, 0)).getUTCDate();
  return `${p.year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** True when the period reaches December (a year-end judgement). */
export function isYearEnd(p: Period): boolean {
  return periodEndMonth(p) === 12;
}

const CUMULATIVE_ZH = ['一季度', '上半年', '前三季度', '全年'];
const CUMULATIVE_EN = ['Q1', 'H1', 'Q1–Q3', 'Full year'];

/**
 * The cumulative label of data up to the end of the period: ONE rule for judgement sentences, 通报, calendars and
 * exports, in the forms 督查 documents use (DOMAIN.md §1.5 Q1 / H1 / Q1–3 / full year, §5 一季度, 半年, 1–11月,
 * 全年): 一季度, 上半年 (Q2 and H1 alike), 前三季度; months 1月, 1—2月 (published combined, §3.1), 1—5月 with the
 * 一字线 of time ranges (GB/T 15834-2011 §4.13); whatever reaches December is 全年 (12月, Q4, H2, the year).
 * English: January, January–February … January–November (month names in full), Q1, H1, Q1–Q3, Full year.
 */
export function periodLabel(p: Period): { zh: string; en: string } {
  const m = periodEndMonth(p);
  if (m === 12) return { zh: CUMULATIVE_ZH[3]!, en: CUMULATIVE_EN[3]! };
  if (p.kind === 'month') {
    return m === 1
      ? { zh: '1月', en: 'January' }
      : { zh: `1—${m}月`, en: `January–${MONTH_NAMES_EN[m - 1]}` };
  }
  const i = m / 3 - 1;
  return { zh: CUMULATIVE_ZH[i] ?? '', en: CUMULATIVE_EN[i] ?? '' };
}

/** The name of the period's own span (reminders): "2024年5月", "2024年第三季度", "2024年上半年", "2024年". */
export function periodNameZh(p: Period): string {
  const y = `${p.year}年`;
  if (check(p).kind === 'month') return `${y}${p.index}月`;
  if (p.kind === 'quarter') return `${y}第${ORDINAL_ZH[p.index - 1]}季度`;
  if (p.kind === 'half') return `${y}${p.index === 1 ? '上' : '下'}半年`;
  return y;
}

/** Every period of one kind in a year, in order (January included). */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  return Array.from({ length: COUNT_PER_YEAR[kind] }, (_, i) => makePeriod(kind, year, i + 1));
}

/**
 * The periods a cadence reports in one year: monthly reports start at 1–2月 because January and February are
 * published combined (§3.1; `combineJanFeb: false` asks for January too); quarterly Q1–Q4; half-yearly H1, H2;
 * yearly the year (§1.3 cadence).
 */
export function reportingPeriods(
  year: number,
  kind: PeriodKind,
  options: { combineJanFeb?: boolean | undefined } = {},
): Period[] {
  const all = periodsOfYear(year, kind);
  return kind === 'month' && (options.combineJanFeb ?? true) ? all.slice(1) : all;
}

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
    return m === null ? null : { year: y, kind: 'month', index: m };
  }
  const quarters = new RegExp(`^(?:前|[1一]${RANGE}|第)?${NUM}季度(?:末)?$`).exec(rest);
  if (quarters?.[1]) {
    const q = monthNumber(quarters[1]);
    return q === null || q > 4 ? null : { year: y, kind: 'quarter', index: q };
  }
  if (/^(?:上半年|前两季度|半年)$/.test(rest)) return { year: y, kind: 'half', index: 1 };
  if (/^(?:下半年|全年|年度|年底|年末|1[-–—~～至到]12月)$/.test(rest) || rest === '') {
    return rest === '' && !ym ? null : { year: y, kind: 'year', index: 1 };
  }
  return null;
}
