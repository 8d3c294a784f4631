// The target and progress model the judgement functions take (DOMAIN.md §6 "Target", "ProgressReport").
import type { Comparator, IndicatorAttribute, Modality, Stage, TargetType, Verdict } from '../shared/status';
import { DomainError } from './errors';
import type { Period } from './period';
import type { Milestone } from './time-progress';
import { parseUnit } from './units';

/** Which way is good: more (增长, 以上), less (以内, 失业率), or only inside a band. */
export type Better = 'higher' | 'lower' | 'band';

export interface Target {
  type: TargetType;
  comparator: Comparator;
  /** The number; the 确保 floor when a 力争 stretch is also set (§4 "Paired targets"); a range's lower bound. */
  value: number;
  /** A range's upper bound (X–Y%, §4). */
  upper?: number;
  /** The 力争 stretch value beside a 确保 floor (§4 "Paired targets"). */
  stretch?: number;
  /** As written: 亿元, 家, %, 个百分点, 名. */
  unit: string;
  modality?: Modality;
  /** 预期性 / 约束性 (§4): a red light on an obligatory target escalates. */
  attribute?: IndicatorAttribute;
  /** Default: 'lower' for 以内/以下 (`<=`, `<`), else 'higher' (see inferBetter for indicator words). */
  better?: Better;
  /** For growth and rate_change: the target is a fall (能耗下降3%); values are then falls, as written. */
  decrease?: boolean;
  /** 左右 tolerance in the target's unit; default from the rule set (§4). */
  tolerance?: number;
  /** Judge completion against 序时 (§3.2 amounts); default: level/count in an additive unit. */
  cumulative?: boolean;
  /** 节点 (§1.2, §3.2 milestone). */
  milestones?: readonly Milestone[];
  /** 完成时限 as YYYY-MM-DD. */
  deadline?: string;
}

export interface Progress {
  period: Period;
  /**
   * The reported number: for growth the cumulative 同比 % (a fall as a positive number when the target is a
   * decrease); for amounts and counts the cumulative value; for levels and shares the current value; for
   * rank the place; for a milestone without stage the percent done.
   */
  value?: number | null;
  /** Unit of `value` when it differs from the target's (converted; an incompatible unit is an error). */
  unit?: string;
  stage?: Stage;
  /** What proves a milestone reached (文件, 公示 link); a milestone is done only with evidence (§3.2). */
  evidence?: string;
  /** A 督查 reviewer's verdict for a qualitative task (§3.2). */
  verdict?: Verdict;
}

/** The judgement method a target gets (DOMAIN.md §3.2 table rows). */
export type Method = 'growth' | 'cumulative' | 'point' | 'rank' | 'milestone' | 'qualitative';

/** The good direction of a target, from its comparator and, if given, the explicit `better`. */
export function betterOf(t: Target): Better {
  if (t.better) return t.better;
  return t.comparator === '<=' || t.comparator === '<' ? 'lower' : 'higher';
}

// Indicators where less is better (控制/下降 targets, §3.2 "Control / inverse"). General words, not one report's.
const LOWER_IS_BETTER =
  /失业率|能耗|排放|价格|物价|CPI|事故|死亡|亡人|浓度|负债率|发生率|债务|欠薪|投诉|案件|积案/;

/** A suggestion for `better` from the indicator's words (失业率, 能耗, 事故 → lower). */
export function inferBetter(indicator: string): Better {
  return LOWER_IS_BETTER.test(indicator) ? 'lower' : 'higher';
}

// A target written as a fall (能耗下降3%, 压减…): values are then falls (§3.2 "Control / inverse": "the fall ≥ X").
const DECREASE = /下降|降低|减少|压减|削减|压降/;

/** Whether a growth or rate-change indicator is a fall (能耗下降, PM2.5浓度下降) — a suggestion for `decrease`. */
export function inferDecrease(indicator: string): boolean {
  return DECREASE.test(indicator);
}

/** Which §3.2 rule applies to a target. */
export function methodOf(t: Target): Method {
  switch (t.type) {
    case 'growth':
    case 'rate_change':
      return 'growth';
    case 'rank':
      return 'rank';
    case 'milestone':
      return 'milestone';
    case 'qualitative':
      return 'qualitative';
    case 'share':
      return 'point';
    case 'level':
    case 'count':
      return isCumulative(t) ? 'cumulative' : 'point';
  }
}

function isCumulative(t: Target): boolean {
  if (t.cumulative !== undefined) return t.cumulative;
  if (betterOf(t) !== 'higher') return false;
  const dim = parseUnit(t.unit)?.dimension;
  return dim !== 'percent' && dim !== 'points' && dim !== 'rank';
}

/** Rejects a target the rules cannot judge, with a message for the person who entered it. */
export function assertValidTarget(t: Target): void {
  const bad = (why: string) => {
    throw new DomainError('invalid_target', why);
  };
  if (!Number.isFinite(t.value)) bad('目标值必须是数字 (the target value must be a number)');
  if (t.comparator === 'range' && (t.upper === undefined || t.upper < t.value)) {
    bad('区间目标需要不小于下限的上限 (a range needs an upper bound ≥ its lower bound)');
  }
  if (methodOf(t) === 'cumulative' && t.value <= 0) {
    bad('累计类目标的目标值必须大于0 (a cumulative target must be greater than 0)');
  }
  if (t.stretch !== undefined && betterOf(t) === 'higher' && t.stretch < t.value) {
    bad('力争目标不能低于确保目标 (the stretch target cannot be below the floor)');
  }
}
