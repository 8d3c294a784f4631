// Reporting periods: "YYYY-MM", "YYYY-Qn", "YYYY-H1|H2", "YYYY" (the ids of src/shared/api/progress.ts), their
// month ranges, and the labels 通报 use ("1—9月", "前三季度", "上半年"; DOMAIN.md §1.3, §3.1).
import { readPeriodId } from '../../shared/period';
import type { PeriodKind } from '../../shared/status';

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2, or 1 for a year. */
  index: number;
  /** First and last month covered (1–12). */
  firstMonth: number;
  lastMonth: number;
}

const COUNT_PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const ORDINAL_ZH = ['一', '二', '三', '四'];

export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  if (!Number.isInteger(index) || index < 1 || index > COUNT_PER_YEAR[kind]) {
    throw new RangeError(`period index ${index} is out of range for ${kind}`);
  }
  const span = MONTHS_PER[kind];
  const firstMonth = (index - 1) * span + 1;
  const suffix =
    kind === 'month'
      ? `-${String(index).padStart(2, '0')}`
      : kind === 'quarter'
        ? `-Q${index}`
        : kind === 'half'
          ? `-H${index}`
          : '';
  return { id: `${year}${suffix}`, kind, year, index, firstMonth, lastMonth: firstMonth + span - 1 };
}

export function parsePeriod(id: string): Period | null {
  const p = readPeriodId(id.trim());
  return p ? makePeriod(p.kind, p.year, p.index) : null;
}

/** Every period of one kind in a year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  return Array.from({ length: COUNT_PER_YEAR[kind] }, (_, i) => makePeriod(kind, year, i + 1));
}

/** Months elapsed at the end of the period: the numerator of 序时进度 = months ÷ 12 (DOMAIN.md §3.2). */
export function monthsElapsed(period: Period): number {
  return period.lastMonth;
}

/** The label of the period itself: "2024年5月", "2024年第三季度", "2024年上半年", "2024年". */
export function periodLabelZh(period: Period): string {
  const y = `${period.year}年`;
  if (period.kind === 'month') return `${y}${period.index}月`;
  if (period.kind === 'quarter') return `${y}第${ORDINAL_ZH[period.index - 1]}季度`;
  if (period.kind === 'half') return `${y}${period.index === 1 ? '上' : '下'}半年`;
  return y;
}

/**
 * The cumulative label a 通报 uses for data up to the end of the period: "1—9月", "前三季度", "上半年", "全年".
 * January and February are published combined, so 2月 reads "1—2月" (DOMAIN.md §3.1).
 */
export function cumulativeLabelZh(period: Period): string {
  const m = period.lastMonth;
  if (m === 12) return '全年';
  if (period.kind === 'quarter') return m === 3 ? '一季度' : `前${ORDINAL_ZH[period.index - 1]}季度`;
  if (period.kind === 'half') return '上半年';
  return m === 1 ? '1月' : `1—${m}月`;
}
