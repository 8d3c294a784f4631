// The periods a 通报 can be written for within a plan year (DOMAIN.md §1.3/§3.1: monthly reports start with
// 1–2月 combined, so February is the first month; quarters, halves and the year), and a sensible default.
import { MONTH_NAMES_EN } from '../../../shared/period';
import type { Translate } from '../../app/i18n';

export interface PeriodOption {
  value: string;
  label: string;
}

export function bulletinPeriods(year: number, t: Translate): PeriodOption[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t('period.quarter', { year, q }) })),
    { value: `${year}-H1`, label: t('period.h1', { year }) },
    { value: `${year}-H2`, label: t('period.h2', { year }) },
    { value: `${year}`, label: t('period.year', { year }) },
    ...Array.from({ length: 11 }, (_, i) => i + 2).map((m) => ({
      value: `${year}-${pad(m)}`,
      label: t('period.month', { year, m, month: MONTH_NAMES_EN[m - 1]! }),
    })),
  ];
}

/** The last quarter that has ended by `today` inside the plan year; the whole year once it is over. */
export function defaultBulletinPeriod(year: number, today: Date): string {
  const y = today.getFullYear();
  if (y > year) return `${year}`;
  if (y < year) return `${year}-Q1`;
  const ended = Math.floor(today.getMonth() / 3);
  return `${year}-Q${Math.max(1, ended)}`;
}
