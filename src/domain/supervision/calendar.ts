// The reporting calendar of a plan: which target's report is due for which period and when, and per department
// what is due, submitted, late or missing (DOMAIN.md §1.3: monthly "每月25日前", quarterly "每季度末",
// half-year and year-end self-checks). Per-target overrides change the cadence or due day of one target.
import type { PeriodKind } from '../../shared/status';
import { type Period, periodEndMonth, periodId, reportingPeriods } from '../period';
import { CHINA_UTC_OFFSET_MINUTES, daysBetween, daysInMonth, isIsoDate, isoDate, localDate } from './dates';

export interface ReportingRule {
  cadence: PeriodKind;
  /** Day of the due month (clamped to its length), or 'last' for the month's last day ("每季度末"). */
  dueDay: number | 'last';
  /** Months after the period's last month: 0 = due within it ("每月25日前"), 1 = next month ("次年1月5日"). */
  monthOffset: number;
}

export interface CalendarConfig {
  year: number;
  rule: ReportingRule;
  /** Per-target changes, e.g. a quarterly GDP target in a monthly plan (DOMAIN.md §3.1 table). */
  overrides?: ReadonlyArray<{ targetId: number } & Partial<ReportingRule>>;
  /** 1–2月 are published together, so no January report is asked for (DOMAIN.md §3.1). Default true. */
  combineJanFeb?: boolean;
  /** Periods due before this date are not asked for (the plan was approved later, DOMAIN.md §1.2). */
  notBefore?: string;
}

export interface CalendarTarget {
  targetId: number;
  /** The lead unit, which reports (DOMAIN.md §1.2); null while unassigned. */
  departmentId: number | null;
}

export interface CalendarEntry {
  targetId: number;
  departmentId: number | null;
  period: string;
  /** First day a report for the period is expected: the first day of the period's last month. */
  opensOn: string;
  dueDate: string;
}

export type ProgressState = 'draft' | 'submitted' | 'approved' | 'returned';

export interface SubmissionRecord {
  targetId: number;
  period: string;
  status: ProgressState;
  /** ISO instant of submission; null for drafts. */
  submittedAt: string | null;
}

/** upcoming: not open yet; due: open, not submitted, not late yet; late: submitted after the due day. */
export type EntryState = 'upcoming' | 'due' | 'submitted' | 'late' | 'missing';

export interface EntryStatus extends CalendarEntry {
  state: EntryState;
  /** Local date of the (first) submission. */
  submittedOn: string | null;
  /** Days past the due date: for missing, until today; for late, until submission; else 0. */
  daysOverdue: number;
}

export interface DepartmentDueSummary {
  departmentId: number | null;
  upcoming: number;
  due: number;
  submitted: number;
  late: number;
  missing: number;
  /** On-time share of the reports whose due date has passed or that were handed in; null if none yet. */
  onTimeRate: number | null;
}

export const DEFAULT_REPORTING_RULE: ReportingRule = { cadence: 'month', dueDay: 25, monthOffset: 0 };

/** Problems with a rule as sentences (empty when valid). */
export function validateReportingRule(rule: Partial<ReportingRule>): string[] {
  const errors: string[] = [];
  const { dueDay, monthOffset } = rule;
  if (
    dueDay !== undefined &&
    dueDay !== 'last' &&
    !(Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 31)
  ) {
    errors.push('报送日必须是1至31之间的整数或“月末” (due day must be 1–31 or last)');
  }
  if (monthOffset !== undefined && !(Number.isInteger(monthOffset) && monthOffset >= 0 && monthOffset <= 3)) {
    errors.push('报送月偏移必须是0至3之间的整数 (month offset must be 0–3)');
  }
  return errors;
}

/** The due date of a period under a rule. */
export function dueDateOf(period: Period, rule: ReportingRule): string {
  const monthIndex = period.year * 12 + (periodEndMonth(period) - 1) + rule.monthOffset;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const last = daysInMonth(year, month);
  const day = rule.dueDay === 'last' ? last : Math.min(rule.dueDay, last);
  return isoDate(year, month, day);
}

/** Every (target, period) report the plan asks for in the year, ordered by due date. */
export function buildCalendar(targets: readonly CalendarTarget[], config: CalendarConfig): CalendarEntry[] {
  const problems = [config.rule, ...(config.overrides ?? [])].flatMap(validateReportingRule);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  if (config.notBefore !== undefined && !isIsoDate(config.notBefore)) {
    throw new RangeError(`notBefore is not a date: ${config.notBefore}`);
  }
  const overrides = new Map((config.overrides ?? []).map((o) => [o.targetId, o]));
  const entries: CalendarEntry[] = [];
  for (const t of targets) {
    const rule: ReportingRule = { ...config.rule, ...stripId(overrides.get(t.targetId)) };
    for (const p of reportingPeriods(config.year, rule.cadence, { combineJanFeb: config.combineJanFeb })) {
      const dueDate = dueDateOf(p, rule);
      if (config.notBefore && dueDate < config.notBefore) continue;
      const opensOn = isoDate(p.year, periodEndMonth(p), 1);
      entries.push({
        targetId: t.targetId,
        departmentId: t.departmentId,
        period: periodId(p),
        opensOn,
        dueDate,
      });
    }
  }
  return entries.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.targetId - b.targetId);
}

function stripId(o: ({ targetId: number } & Partial<ReportingRule>) | undefined): Partial<ReportingRule> {
  if (!o) return {};
  const { targetId: _ignored, ...rest } = o;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

const COUNTED: ReadonlySet<ProgressState> = new Set(['submitted', 'approved']);

/** The first submission of each (target, period), as a local date; drafts and returned reports do not count. */
function firstSubmissions(records: readonly SubmissionRecord[], offsetMinutes: number): Map<string, string> {
  const first = new Map<string, string>();
  for (const r of records) {
    if (!COUNTED.has(r.status) || !r.submittedAt) continue;
    const key = `${r.targetId}|${r.period}`;
    const on = localDate(r.submittedAt, offsetMinutes);
    const seen = first.get(key);
    if (!seen || on < seen) first.set(key, on);
  }
  return first;
}

/**
 * The state of every calendar entry on `today` (a local date). Only submissions made on or before `today` count,
 * so a past day is shown as it was then and overdue days are counted to that day.
 */
export function entryStatuses(
  entries: readonly CalendarEntry[],
  records: readonly SubmissionRecord[],
  today: string,
  offsetMinutes = CHINA_UTC_OFFSET_MINUTES,
): EntryStatus[] {
  const first = firstSubmissions(records, offsetMinutes);
  return entries.map((e) => {
    const seen = first.get(`${e.targetId}|${e.period}`);
    const submittedOn = seen !== undefined && seen <= today ? seen : null;
    if (submittedOn) {
      const late = submittedOn > e.dueDate;
      const daysOverdue = late ? daysBetween(e.dueDate, submittedOn) : 0;
      return { ...e, state: late ? 'late' : 'submitted', submittedOn, daysOverdue };
    }
    if (today > e.dueDate)
      return { ...e, state: 'missing', submittedOn, daysOverdue: daysBetween(e.dueDate, today) };
    return { ...e, state: today >= e.opensOn ? 'due' : 'upcoming', submittedOn, daysOverdue: 0 };
  });
}

/** Per department: how many reports are upcoming, due, submitted on time, late or missing. */
export function departmentDueSummary(statuses: readonly EntryStatus[]): DepartmentDueSummary[] {
  const byDept = new Map<number | null, DepartmentDueSummary>();
  for (const s of statuses) {
    let d = byDept.get(s.departmentId);
    if (!d) {
      d = {
        departmentId: s.departmentId,
        upcoming: 0,
        due: 0,
        submitted: 0,
        late: 0,
        missing: 0,
        onTimeRate: null,
      };
      byDept.set(s.departmentId, d);
    }
    d[s.state]++;
  }
  for (const d of byDept.values()) {
    const judged = d.submitted + d.late + d.missing;
    d.onTimeRate = judged > 0 ? d.submitted / judged : null;
  }
  return [...byDept.values()].sort((a, b) => (a.departmentId ?? -1) - (b.departmentId ?? -1));
}

/** Entries whose due date falls within [from, to] (inclusive): "what is due this week". */
export function dueBetween<T extends CalendarEntry>(entries: readonly T[], from: string, to: string): T[] {
  return entries.filter((e) => e.dueDate >= from && e.dueDate <= to);
}
