// Reminder planning: which reminders are due at a moment for which department and reports, each with a stable
// key, so a scheduler that records keys before sending (unique index, INSERT … ON CONFLICT DO NOTHING) never
// sends the same reminder twice, even with several server processes (issue 5). 催办 practice: DOMAIN.md §1.4.

import { parsePeriodId, periodNameZh } from '../period';
import type { EntryStatus } from './calendar';
import { daysBetween } from './dates';

export type ReminderChannel = 'in_app' | 'email';
export type ReminderStage = 'before' | 'due_today' | 'overdue';

export interface ReminderConfig {
  /** Remind this many days before the due date, e.g. [3, 1]; only the most urgent one that applies is sent. */
  daysBefore: number[];
  onDueDay: boolean;
  /** After the due date, remind again every N days (催办) … */
  overdueEveryDays: number;
  /** … at most this many times; later the 督办单 escalation takes over. */
  overdueMaxTimes: number;
  channels: ReminderChannel[];
}

export const DEFAULT_REMINDER_CONFIG: ReminderConfig = {
  daysBefore: [3, 1],
  onDueDay: true,
  overdueEveryDays: 3,
  overdueMaxTimes: 3,
  channels: ['in_app', 'email'],
};

export interface ReminderStep {
  stage: ReminderStage;
  /** Days before for 'before'; the n-th reminder for 'overdue'; 0 on the due day. */
  step: number;
}

export interface Reminder extends ReminderStep {
  /** Stable dedupe key: the same reminder always has the same key, whatever the day it is computed. */
  key: string;
  channel: ReminderChannel;
  departmentId: number;
  period: string;
  dueDate: string;
  targetIds: number[];
  subjectZh: string;
  bodyZh: string;
}

export interface ReminderLabels {
  departments?: ReadonlyMap<number, string>;
  targets?: ReadonlyMap<number, string>;
}

/** The reminder step that applies on `today` for a due date, or null when none does. */
export function reminderStepOn(dueDate: string, today: string, config: ReminderConfig): ReminderStep | null {
  const left = daysBetween(today, dueDate);
  if (left > 0) {
    const applicable = config.daysBefore.filter((n) => n > 0 && left <= n);
    return applicable.length > 0 ? { stage: 'before', step: Math.min(...applicable) } : null;
  }
  if (left === 0) return config.onDueDay ? { stage: 'due_today', step: 0 } : null;
  const every = Math.max(1, Math.floor(config.overdueEveryDays));
  const nth = Math.floor((-left - 1) / every) + 1;
  return nth <= config.overdueMaxTimes ? { stage: 'overdue', step: nth } : null;
}

export function reminderKey(
  planId: number,
  departmentId: number,
  period: string,
  dueDate: string,
  step: ReminderStep,
  channel: ReminderChannel,
): string {
  return `report:${planId}:${departmentId}:${period}:${dueDate}:${step.stage}${step.step}:${channel}`;
}

const OPEN_STATES = new Set(['upcoming', 'due', 'missing']);

function text(step: ReminderStep, period: string, dueDate: string, targets: string[], department: string) {
  const p = parsePeriodId(period);
  const what = `${p ? periodNameZh(p) : period}工作进展`;
  const [, m, d] = dueDate.split('-').map(Number);
  const when = `${m}月${d}日`;
  const subjectZh =
    step.stage === 'before'
      ? `【报送提醒】${what}请于${when}前报送`
      : step.stage === 'due_today'
        ? `【报送提醒】${what}今日（${when}）截止报送`
        : `【催办】${what}已逾期未报送（第${step.step}次催办）`;
  const list = targets.map((t, i) => `${i + 1}. ${t}`).join('\n');
  const bodyZh = `${department}：\n${subjectZh.replace(/^【.+?】/, '')}，涉及以下${targets.length}项任务：\n${list}\n请按“进展情况、存在的问题和下一步措施”及时报送。`;
  return { subjectZh, bodyZh };
}

/** The reminders due on `today` (a local date), one per department, period, due date and channel. */
export function planReminders(
  planId: number,
  statuses: readonly EntryStatus[],
  today: string,
  config: ReminderConfig = DEFAULT_REMINDER_CONFIG,
  labels: ReminderLabels = {},
): Reminder[] {
  const groups = new Map<string, EntryStatus[]>();
  for (const s of statuses) {
    // Unassigned targets have nobody to remind; the 督查室 sees them on the calendar instead.
    if (s.departmentId === null || !OPEN_STATES.has(s.state)) continue;
    const k = `${s.departmentId}|${s.period}|${s.dueDate}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const reminders: Reminder[] = [];
  for (const group of groups.values()) {
    const { departmentId, period, dueDate } = group[0] as EntryStatus & { departmentId: number };
    const step = reminderStepOn(dueDate, today, config);
    if (!step) continue;
    const targetIds = group.map((s) => s.targetId).sort((a, b) => a - b);
    const names = targetIds.map((id) => labels.targets?.get(id) ?? `任务#${id}`);
    const department = labels.departments?.get(departmentId) ?? `部门#${departmentId}`;
    const words = text(step, period, dueDate, names, department);
    for (const channel of config.channels) {
      const key = reminderKey(planId, departmentId, period, dueDate, step, channel);
      reminders.push({ ...step, key, channel, departmentId, period, dueDate, targetIds, ...words });
    }
  }
  return reminders.sort((a, b) => a.key.localeCompare(b.key));
}

/** Drops reminders whose key was already sent (the in-memory half of the dedupe; the database holds the rest). */
export function unsent<T extends { key: string }>(
  reminders: readonly T[],
  sentKeys: ReadonlySet<string>,
): T[] {
  return reminders.filter((r) => !sentKeys.has(r.key));
}

/** The open 督办单 facts a response reminder needs (a subset of DubanSheet). */
export interface OpenSheetRef {
  id: number;
  number: string | null;
  departmentId: number | null;
  colour: string;
  state: 'open' | 'responded' | 'closed';
  responseDeadline: string;
}

/**
 * Reminders to answer open 督办单 before and after their response deadline. The key holds the colour and the
 * deadline, so an escalated sheet (new colour, new deadline) starts a fresh series and an old one never repeats.
 */
export function planSheetReminders(
  sheets: readonly OpenSheetRef[],
  today: string,
  config: ReminderConfig = DEFAULT_REMINDER_CONFIG,
): Array<Omit<Reminder, 'period' | 'targetIds'> & { sheetId: number }> {
  const out: Array<Omit<Reminder, 'period' | 'targetIds'> & { sheetId: number }> = [];
  for (const s of sheets) {
    if (s.state !== 'open' || s.departmentId === null) continue;
    const step = reminderStepOn(s.responseDeadline, today, config);
    if (!step) continue;
    const [, m, d] = s.responseDeadline.split('-').map(Number);
    const name = s.number ? `督办单${s.number}` : '督办单';
    const subjectZh =
      step.stage === 'overdue'
        ? `【督办】${name}已逾期未反馈`
        : `【督办】请于${m}月${d}日前反馈${name}办理情况`;
    const bodyZh = `${subjectZh.replace(/^【.+?】/, '')}。请按“交必办、办必果、果必报”的要求及时反馈整改情况。`;
    for (const channel of config.channels) {
      const key = `sheet:${s.id}:${s.colour}:${s.responseDeadline}:${step.stage}${step.step}:${channel}`;
      out.push({
        ...step,
        key,
        channel,
        sheetId: s.id,
        departmentId: s.departmentId,
        dueDate: s.responseDeadline,
        subjectZh,
        bodyZh,
      });
    }
  }
  return out;
}
