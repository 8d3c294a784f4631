// Levels, shares and ceilings read at a point in time (失业率5.4%左右, 覆盖率达到75%, 控制在4.5%以内): the
// current value against the target, no 序时 (DOMAIN.md §3.2 "Control / inverse"; §4 comparators).
import type { RuleSet } from '../../shared/rules';
import { formatNumber } from '../format';
import { isYearEnd } from '../period';
import type { Progress, Target } from '../target';
import { betterOf } from '../target';
import { parseUnit } from '../units';
import type { Draft, Severity } from './common';
import { deadlinePassed, gapUnit, meets, noData, valueIn } from './common';

export function judgePoint(t: Target, p: Progress, rules: RuleSet): Draft {
  const v = valueIn(t, p);
  if (v === null) return noData('point', p);
  const isRate = parseUnit(t.unit)?.dimension === 'percent';
  const tolerance =
    t.tolerance ?? (isRate ? rules.tolerances.ratePoints : (t.value * rules.tolerances.levelPercent) / 100);
  const { met, shortfall } = meets(t, v, tolerance);
  const lower = betterOf(t) === 'lower';
  const diff = v - t.value;
  // A level can still move, so it counts as done only at year end or after its 完成时限.
  const due = isYearEnd(p.period) || deadlinePassed(t, p);
  const status = met ? (due ? 'completed' : 'on_track') : 'behind';
  // Yellow band: 1 百分点 for rates (as for growth), 10% of the target for other levels (§3.3).
  const band = isRate
    ? rules.thresholds.growthYellowPoints
    : (Math.abs(t.value) * rules.thresholds.levelYellowPercent) / 100;
  const severity: Severity | undefined = met ? undefined : shortfall <= band ? 'yellow' : 'red';
  const draft: Draft = {
    method: 'point',
    status,
    gap: { value: Number(formatNumber(lower ? -diff : diff, 2)), unit: gapUnit(t.unit) },
    value: v,
    sentence: pointSentence(t, v, diff, met, rules.decimals),
  };
  if (severity) draft.severity = severity;
  if (t.stretch !== undefined) draft.stretchMet = lower ? v <= t.stretch : v >= t.stretch;
  return draft;
}

/** "当前为4.8%,高于控制目标0.3个百分点"; "当前为96%,低于目标4个百分点". */
function pointSentence(t: Target, v: number, diff: number, met: boolean, d: number) {
  const unit = t.unit;
  const head = { zh: `当前为${formatNumber(v, 2)}${unit}`, en: `Currently ${formatNumber(v, 2)}${unit}` };
  const ceiling = betterOf(t) === 'lower';
  const target = ceiling ? '控制目标' : '目标';
  const gap = formatNumber(Math.abs(diff), d);
  if (gap === '0') return { zh: `${head.zh},与${target}持平`, en: `${head.en}, equal to the target` };
  if (ceiling && met) return { zh: `${head.zh},控制在目标以内`, en: `${head.en}, within the ceiling` };
  const gu = gapUnit(unit);
  const enGu = gu === '个百分点' ? ' percentage points' : gu;
  const side = diff > 0 ? '高于' : '低于';
  return {
    zh: `${head.zh},${side}${target}${gap}${gu}`,
    en: `${head.en}, ${gap}${enGu} ${diff > 0 ? 'above' : 'below'} the target`,
  };
}
