// The reporting-period ids every layer stores and sends: YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY (DOMAIN.md §1.3
// cadences). One grammar for the API schema, storage, the domain, the server and the web.
import type { PeriodKind } from './status';

/** A whole period id; the groups are month, quarter and half. */
export const PERIOD_ID_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12]))?$/;

export interface PeriodId {
  year: number;
  kind: PeriodKind;
  /** Month 1–12, quarter 1–4, half 1–2, or 1 for a year. */
  index: number;
}

/**
 * English month names, always written in full (January–May, never January–May mixed with Jan–Dec): the one
 * English form of a period label in the domain's sentences, the calendar and the web's period pickers.
 */
export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTHS_PER: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, half: 6, year: 12 };

/** Reads a period id, or null when the text is not one. */
export function readPeriodId(id: string): PeriodId | null {
  const m = PERIOD_ID_RE.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, kind: 'month', index: Number(m[2]) };
  if (m[3]) return { year, kind: 'quarter', index: Number(m[3]) };
  if (m[4]) return { year, kind: 'half', index: Number(m[4]) };
  return { year, kind: 'year', index: 1 };
}

/** The last month (1–12) a period id covers, with its year; null when the text is not a period id. */
export function periodIdEndMonth(id: string): { year: number; month: number } | null {
  const p = readPeriodId(id);
  return p ? { year: p.year, month: p.index * MONTHS_PER[p.kind] } : null;
}
