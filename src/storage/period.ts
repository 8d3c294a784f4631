// Reporting periods (DOMAIN.md §1.3 cadence): YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY → the period's last day,
// so reports of mixed cadence sort on one axis.
import { periodIdEndMonth } from '../shared/period';

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The last month (1–12) a period covers, or null if the text is not a period. */
export function periodEndMonth(period: string): { year: number; month: number } | null {
  return periodIdEndMonth(period);
}

export function periodEnd(period: string): string | null {
  const e = periodEndMonth(period);
  return e ? lastDay(e.year, e.month) : null;
}
