// 序时进度 (time progress) at the end of a reporting period (src/domain/period.ts): figures are 累计 (year to
// date, DOMAIN.md §3.1), so 序时 = months elapsed ÷ 12 (§0, §3.2), or a region's own monthly schedule, or a
// target's own 节点 with planned percentages (§1.2 细化方案).
import type { Schedule } from '../shared/rules';
import type { Stage } from '../shared/status';
import { formatNumber } from './format';
import { type Period, periodEndDate, periodEndMonth } from './period';

/** A 节点 of a target: a date (YYYY-MM-DD) with the planned cumulative percent and/or stage due by then. */
export interface Milestone {
  date: string;
  percent?: number;
  stage?: Stage;
  label?: string;
}

export interface TimeProgressOptions {
  /** The region's 序时 schedule (src/shared/rules.ts); linear months ÷ 12 when absent. */
  schedule?: Schedule;
  /** The target's own 节点; those with a planned percent replace the schedule. */
  milestones?: readonly Milestone[];
}

/**
 * 序时进度 in percent (0–100) at the end of a period (DOMAIN.md §3.2: p = months ÷ 12; 1–9月 → 75,
 * 1–11月 → 91.7). With percent 节点, p is the planned percent of the latest node on or before the period's
 * end, 0 before the first node (§1.2: "序时进度…细化分解到月").
 */
export function timeProgress(period: Period, options: TimeProgressOptions = {}): number {
  const end = periodEndMonth(period);
  const nodes = (options.milestones ?? []).filter((m) => m.percent !== undefined);
  if (nodes.length > 0) {
    const endDate = periodEndDate(period);
    const passed = nodes.filter((m) => m.date <= endDate).sort((a, b) => a.date.localeCompare(b.date));
    return passed.at(-1)?.percent ?? 0;
  }
  const schedule = options.schedule ?? { kind: 'linear' };
  if (schedule.kind === 'monthly') return schedule.cumulative[end - 1] ?? 100;
  return (end / 12) * 100;
}

/** The 序时 percent as written in a 通报 (1–11月 → "91.7%"). */
export function formatTimeProgress(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}
