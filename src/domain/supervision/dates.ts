// Calendar-date arithmetic on ISO dates ("YYYY-MM-DD"). Deadlines in a county are local calendar days
// ("每月25日前", DOMAIN.md §1.3), so instants are first turned into the local date (China: UTC+8).

/** China Standard Time, the offset every county in the corpus uses. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.toISOString().slice(0, 10);
}

function toUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The local calendar date of an instant. */
export function localDate(instant: Date | string, offsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${String(instant)}`);
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** "2024-06-30" → "2024年6月30日" (the date line of an official document). */
export function dateZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
