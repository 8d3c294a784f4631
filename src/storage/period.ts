// Reporting periods (DOMAIN.md §1.3 cadence): YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY → the period's last day,
// so reports of mixed cadence sort on one axis.
const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The last month (1–12) a period covers, or null if the text is not a period. */
export function periodEndMonth(period: string): { year: number; month: number } | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12]))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, month: Number(m[2]) };
  if (m[3]) return { year, month: Number(m[3]) * 3 };
  if (m[4]) return { year, month: Number(m[4]) * 6 };
  return { year, month: 12 };
}

export function periodEnd(period: string): string | null {
  const e = periodEndMonth(period);
  return e ? lastDay(e.year, e.month) : null;
}
