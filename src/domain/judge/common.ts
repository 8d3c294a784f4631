// What every judgement returns, and the helpers the §3.2 rules share: lights (§3.3), the progress value in
// the target's unit, and target wording (§4).
import type { RuleSet } from '../../shared/rules';
import type { Colour, StatusId } from '../../shared/status';
import { DomainError } from '../errors';
import { formatNumber } from '../format';
import { periodEndDate, periodLabel } from '../period';
import type { Method, Progress, Target } from '../target';
import { betterOf } from '../target';
import { convertValue, parseUnit } from '../units';

/** A signed gap: positive = better than required, negative = short of it (百分点, 位, or the target's unit). */
export interface Gap {
  value: number;
  unit: string;
}

export interface Judgement {
  method: Method;
  status: StatusId;
  colour: Colour;
  gap: Gap | null;
  /** Completion r = actual ÷ target, percent (amounts, §3.2). */
  completion?: number;
  /** 序时 p, percent (amounts, §3.2). */
  timeProgress?: number;
  /** The reported value in the target's unit. */
  value?: number;
  /** Whether the 力争 stretch is reached, when one is set (§4 "Paired targets"). */
  stretchMet?: boolean;
  /** 双过半 at the mid-year period: completion ≥ the mid-year percent (§3.3); absent elsewhere. */
  doubleHalf?: boolean;
  /** A red light on a 约束性 target, which escalates differently (§4). */
  escalate: boolean;
  /** One 通报 sentence (§1.4 wording pattern). */
  sentence: { zh: string; en: string };
}

/** How bad a shortfall is: within the yellow band or beyond it (§3.3). */
export type Severity = 'yellow' | 'red';

export type Draft = Omit<Judgement, 'colour' | 'escalate'> & { severity?: Severity };

/** The light for a status (§3.3): green at or above 序时, yellow within the band, red beyond or 未启动 after a node. */
export function finish(d: Draft, t: Target, rules: RuleSet): Judgement {
  const { severity, ...rest } = d;
  let colour = baseColour(d.status, severity, rules);
  // 力争 alone is "not failing if missed" (§4), so its light is capped.
  if (colour === 'red' && t.modality === 'aspirational' && t.stretch === undefined) {
    colour = rules.aspirationalWorstColour;
  }
  return { ...rest, colour, escalate: colour === 'red' && t.attribute === 'obligatory' };
}

function baseColour(status: StatusId, severity: Severity | undefined, rules: RuleSet): Colour {
  switch (status) {
    case 'completed':
      return rules.colours.completed;
    case 'ahead':
      return rules.colours.ahead;
    case 'on_track':
      return rules.colours.onTrack;
    case 'no_data':
      return rules.colours.noData;
    case 'not_started':
      return severity ?? rules.colours.notStartedBeforeNode;
    case 'behind':
      return severity ?? 'yellow';
  }
}

/** The reported value in the target's unit; a value in an incompatible unit is an input error. */
export function valueIn(t: Target, p: Progress): number | null {
  if (p.value === undefined || p.value === null) return null;
  if (!Number.isFinite(p.value)) {
    throw new DomainError('invalid_progress', '进度数值必须是数字 (the progress value must be a number)');
  }
  if (p.unit === undefined || p.unit === t.unit) return p.value;
  const c = convertValue(p.value, p.unit, t.unit);
  if (!c.ok) throw new DomainError(c.code, c.message);
  return c.value;
}

/** True once a 节点 or the 完成时限 falls on or before the period's end. */
export function nodePassed(t: Target, p: Progress): boolean {
  const end = periodEndDate(p.period);
  return (t.deadline !== undefined && t.deadline <= end) || (t.milestones ?? []).some((m) => m.date <= end);
}

export function deadlinePassed(t: Target, p: Progress): boolean {
  return t.deadline !== undefined && t.deadline <= periodEndDate(p.period);
}

/** The judgement when nothing was reported for the period. */
export function noData(method: Method, p: Progress): Draft {
  const label = periodLabel(p.period);
  return {
    method,
    status: 'no_data',
    gap: null,
    sentence: { zh: `${label.zh}暂无进度数据`, en: `No progress reported for ${label.en}` },
  };
}

/** The unit a gap between two values of this unit is written in: rates differ by 个百分点 (§3.1). */
export function gapUnit(unit: string): string {
  const dim = parseUnit(unit)?.dimension;
  return dim === 'percent' || dim === 'points' ? '个百分点' : unit;
}

/** A number and unit as written: 53.3%, 17.5亿元, 0.9个百分点. */
export function q(x: number, unit: string, decimals = 2): string {
  return `${formatNumber(x, decimals)}${unit}`;
}

/** A target as 通报 write it (§4): 2家以上, 4.5%以内, 7.5%左右, 超过10亿元, 6–6.5%. */
export function targetText(t: Target, value = t.value): { zh: string; en: string } {
  const v = q(value, t.unit);
  switch (t.comparator) {
    case '>=':
      return { zh: `${v}以上`, en: `at least ${v}` };
    case '>':
      return { zh: `超过${v}`, en: `more than ${v}` };
    case '<=':
      return { zh: `${v}以内`, en: `at most ${v}` };
    case '<':
      return { zh: `低于${v}`, en: `below ${v}` };
    case '~':
      return { zh: `${v}左右`, en: `about ${v}` };
    case 'range': {
      const r = `${formatNumber(t.value)}–${q(t.upper ?? t.value, t.unit)}`;
      return { zh: r, en: r };
    }
    case '=':
      return { zh: v, en: v };
  }
}

export interface Verdict {
  met: boolean;
  /** How far short of the required threshold (0 when met), in the target's unit. */
  shortfall: number;
}

/**
 * Is `v` within the target (§4 comparators): 以上 includes the number, 超过 is strict, 左右 has a tolerance,
 * a range includes both ends; the good direction decides which side of 左右 or a range still counts.
 */
export function meets(t: Target, v: number, tolerance: number): Verdict {
  const better = betterOf(t);
  const x = t.value;
  const hi = t.comparator === 'range' ? (t.upper ?? x) : x;
  const tol = t.comparator === '~' ? tolerance : 0;
  const lowBound = x - tol;
  const highBound = hi + tol;
  const strictLow = t.comparator === '>';
  const strictHigh = t.comparator === '<';
  const okLow = strictLow ? v > lowBound : v >= lowBound;
  const okHigh = strictHigh ? v < highBound : v <= highBound;
  if (better === 'higher') return { met: okLow, shortfall: okLow ? 0 : lowBound - v };
  if (better === 'lower') return { met: okHigh, shortfall: okHigh ? 0 : v - highBound };
  const met = okLow && okHigh;
  return { met, shortfall: met ? 0 : Math.max(lowBound - v, v - highBound) };
}
