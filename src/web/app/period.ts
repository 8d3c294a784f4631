// Reporting periods (YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY; DOMAIN.md §1.3 cadence) and the 序时进度 they
// imply: months elapsed ÷ 12 (DOMAIN.md §3.2).

import { periodIdEndMonth } from '../../shared/period';

/** The last month (1–12) covered by a period, or null when the text is not a period. */
export function periodEndMonth(period: string): number | null {
  return periodIdEndMonth(period)?.month ?? null;
}

export function isPeriod(text: string): boolean {
  return periodEndMonth(text) !== null;
}

/** 序时进度 at the end of a period, in percent (months ÷ 12). */
export function timeProgressPct(period: string): number | null {
  const month = periodEndMonth(period);
  return month === null ? null : Math.round((month / 12) * 1000) / 10;
}

/** The month period just ended at a date (the period a department reports on now). */
export function currentPeriod(now: Date): string {
  const month = now.getMonth(); // 0-based: January reports on the previous December
  const year = month === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const m = month === 0 ? 12 : month;
  return `${year}-${String(m).padStart(2, '0')}`;
}

/** The period to suggest in a plan's progress form: the month just ended, kept inside the plan's year. */
export function suggestedPeriod(now: Date, planYear: number | null): string {
  const current = currentPeriod(now);
  if (planYear === null) return current;
  const year = Number(current.slice(0, 4));
  if (year === planYear) return current;
  return year > planYear ? `${planYear}-12` : `${planYear}-01`;
}
