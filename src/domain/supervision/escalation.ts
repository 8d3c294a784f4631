// 督办单 colours and when a target earns one. 宿迁: 蓝 = deadline near, 黄 = 未达序时 or poor quality,
// 红 = overdue; 三明: 蓝 (reminder) → 橙 (warning, deadline) → 红 (DOMAIN.md §1.4 督办单 escalation).
// §3.3 adds "red if 未启动 after a node date"; §4 says 力争 alone is not failing if missed.
import { SHEET_LIMIT_DEFAULTS } from '../../shared/rules';
import type { Modality, StatusId } from '../../shared/status';
import type { EntryStatus } from './calendar';
import { daysBetween } from './dates';

export type DubanColour = 'blue' | 'yellow' | 'red';

export const DUBAN_COLOURS: Readonly<Record<DubanColour, { zh: string; level: number; purposeZh: string }>> =
  {
    blue: { zh: '蓝色督办单', level: 1, purposeZh: '提醒' },
    yellow: { zh: '黄色督办单', level: 2, purposeZh: '预警' },
    red: { zh: '红色督办单', level: 3, purposeZh: '督办' },
  };

export interface Thresholds {
  blue: number;
  yellow: number;
  red: number;
}

export interface EscalationRules {
  /** 蓝: the task deadline is at most this many days away and the task is not done (宿迁). */
  deadlineNearDays: number;
  /** Days a progress report is overdue that earn each colour (催办 → 督办). */
  reportOverdueDays: Thresholds;
  /** Points below 序时 on cumulative targets: more than `yellow` (0 = any lag, 宿迁 未达序时) → 黄, at least `red` → 红. */
  lagPoints: { yellow: number; red: number };
  /** 百分点 below target on growth targets (DOMAIN.md §3.3 default: 1 百分点 separates yellow from red). */
  growthLagPoints: { yellow: number; red: number };
  /** 红 when the task deadline has passed and the task is not done (宿迁 红 = overdue). */
  redWhenDeadlinePassed: boolean;
  /** 红 when the task is 未启动 after a node date (DOMAIN.md §3.3). */
  redWhenNodeMissed: boolean;
  /** 力争 targets are never worse than this (DOMAIN.md §4). */
  aspirationalWorst: DubanColour;
  /** Days the department has to respond, per colour. */
  responseDays: Record<DubanColour, number>;
  /** An open sheet with no response after its deadline goes up one colour (三明 蓝 → 橙 → 红). */
  escalateWithoutResponse: boolean;
  /** New sheets the daily review issues for one plan in one day, all runs of the day together (duban). */
  maxNewSheetsPerDay: number;
  /** New sheets one department (or the unassigned targets together) receives in one day (duban). */
  maxNewSheetsPerDepartmentPerDay: number;
}

export const DEFAULT_ESCALATION_RULES: EscalationRules = {
  deadlineNearDays: 7,
  reportOverdueDays: { blue: 1, yellow: 8, red: 15 },
  lagPoints: { yellow: 0, red: 10 },
  growthLagPoints: { yellow: 0, red: 1 },
  redWhenDeadlinePassed: true,
  redWhenNodeMissed: true,
  aspirationalWorst: 'yellow',
  responseDays: { blue: 10, yellow: 7, red: 3 },
  escalateWithoutResponse: true,
  maxNewSheetsPerDay: SHEET_LIMIT_DEFAULTS.perDay,
  maxNewSheetsPerDepartmentPerDay: SHEET_LIMIT_DEFAULTS.perDepartmentPerDay,
};

/** What the supervisor knows about one target on a day (from the status judgement and the calendar). */
export interface SupervisionSituation {
  targetId: number;
  departmentId: number | null;
  status: StatusId;
  /** How far behind: points below 序时 (cumulative) or 百分点 below target (growth); ≤ 0 or null = not behind. */
  lag: number | null;
  lagKind: 'cumulative' | 'growth' | 'other';
  /** Days the oldest missing progress report is overdue (0 when none is missing). */
  reportOverdueDays: number;
  /** The task's 完成时限 as a date, if known. */
  deadline: string | null;
  /** A milestone node date has passed with the task still 未启动. */
  nodeMissed?: boolean;
  modality?: Modality;
}

export type ReasonCode = 'report_overdue' | 'behind' | 'node_missed' | 'deadline_near' | 'deadline_passed';

export interface EscalationReason {
  code: ReasonCode;
  colour: DubanColour;
  zh: string;
}

export interface Assessment {
  colour: DubanColour;
  reasons: EscalationReason[];
}

export function higher(a: DubanColour, b: DubanColour): DubanColour {
  return DUBAN_COLOURS[a].level >= DUBAN_COLOURS[b].level ? a : b;
}

export function nextColour(c: DubanColour): DubanColour {
  return c === 'blue' ? 'yellow' : 'red';
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function byThreshold(value: number, t: Thresholds): DubanColour | null {
  if (value >= t.red) return 'red';
  if (value >= t.yellow) return 'yellow';
  if (value >= t.blue) return 'blue';
  return null;
}

function lagReason(s: SupervisionSituation, rules: EscalationRules): EscalationReason | null {
  const behind = s.status === 'behind' || (s.lag !== null && s.lag > 0 && s.status !== 'completed');
  if (!behind) return null;
  const lag = s.lag ?? 0;
  if (s.lagKind === 'other' || lag <= 0) return { code: 'behind', colour: 'yellow', zh: '未达序时进度' };
  const t = s.lagKind === 'growth' ? rules.growthLagPoints : rules.lagPoints;
  if (lag <= t.yellow) return null;
  const colour: DubanColour = lag >= t.red ? 'red' : 'yellow';
  const zh = s.lagKind === 'growth' ? `低于目标${fmt(lag)}个百分点` : `低于序时进度${fmt(lag)}个百分点`;
  return { code: 'behind', colour, zh };
}

function deadlineReason(
  s: SupervisionSituation,
  rules: EscalationRules,
  today: string,
): EscalationReason | null {
  if (!s.deadline) return null;
  const left = daysBetween(today, s.deadline);
  if (left < 0) {
    const colour: DubanColour = rules.redWhenDeadlinePassed ? 'red' : 'yellow';
    return { code: 'deadline_passed', colour, zh: `已超过完成时限${-left}天` };
  }
  if (left <= rules.deadlineNearDays)
    return { code: 'deadline_near', colour: 'blue', zh: `距完成时限还有${left}天` };
  return null;
}

/** The colour a target deserves on `today` and why; null when it needs no 督办单 (or is 已完成). */
export function assessEscalation(
  s: SupervisionSituation,
  rules: EscalationRules = DEFAULT_ESCALATION_RULES,
  today: string,
): Assessment | null {
  if (s.status === 'completed') return null;
  const reasons: EscalationReason[] = [];
  const overdue = byThreshold(s.reportOverdueDays, rules.reportOverdueDays);
  if (overdue)
    reasons.push({ code: 'report_overdue', colour: overdue, zh: `进度报送逾期${s.reportOverdueDays}天` });
  const lag = lagReason(s, rules);
  if (lag) reasons.push(lag);
  if (s.nodeMissed && s.status === 'not_started') {
    reasons.push({
      code: 'node_missed',
      colour: rules.redWhenNodeMissed ? 'red' : 'yellow',
      zh: '已过节点时间仍未启动',
    });
  }
  const deadline = deadlineReason(s, rules, today);
  if (deadline) reasons.push(deadline);
  if (reasons.length === 0) return null;
  let colour = reasons.map((r) => r.colour).reduce(higher);
  if (s.modality === 'aspirational' && higher(colour, rules.aspirationalWorst) === colour) {
    colour = rules.aspirationalWorst;
  }
  return { colour, reasons };
}

/** The part of a judgement (src/domain/judge) a situation needs: gap is signed, negative = short. */
export interface JudgementLike {
  method: string;
  status: StatusId;
  gap: { value: number; unit: string } | null;
}

/** A situation from the target's latest judgement and its calendar entries (src/domain/supervision/calendar). */
export function situationOf(args: {
  targetId: number;
  departmentId: number | null;
  judgement: JudgementLike | null;
  reports: readonly Pick<EntryStatus, 'state' | 'daysOverdue'>[];
  deadline: string | null;
  modality?: Modality;
  nodeMissed?: boolean;
}): SupervisionSituation {
  const j = args.judgement;
  // Growth gaps are 百分点 (§3.2 growth); cumulative gaps are points against 序时 (§3.2 amounts); others are qualitative.
  const lagKind =
    j?.method === 'growth'
      ? 'growth'
      : j?.method === 'cumulative' && j.gap?.unit === '个百分点'
        ? 'cumulative'
        : 'other';
  const lag = j?.gap && lagKind !== 'other' && j.gap.value < 0 ? -j.gap.value : null;
  const overdue = args.reports.filter((r) => r.state === 'missing').map((r) => r.daysOverdue);
  const s: SupervisionSituation = {
    targetId: args.targetId,
    departmentId: args.departmentId,
    status: j?.status ?? 'no_data',
    lag,
    lagKind,
    reportOverdueDays: overdue.length > 0 ? Math.max(...overdue) : 0,
    deadline: args.deadline,
  };
  if (args.modality) s.modality = args.modality;
  if (args.nodeMissed !== undefined) s.nodeMissed = args.nodeMissed;
  return s;
}
