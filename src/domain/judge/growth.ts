// Growth-rate and rate-change targets: compare the latest cumulative 同比 with the target; the gap is in
// 个百分点 and 序时 does not apply (DOMAIN.md §3.2 "Growth rate"; §3.1 百分点).
import type { RuleSet } from '../../shared/rules';
import { formatNumber } from '../format';
import { isYearEnd } from '../period';
import type { Progress, Target } from '../target';
import { betterOf } from '../target';
import type { Draft, Severity } from './common';
import { meets, noData, valueIn } from './common';

export function judgeGrowth(t: Target, p: Progress, rules: RuleSet): Draft {
  const g = valueIn(t, p);
  if (g === null) return noData('growth', p);
  const tolerance = t.tolerance ?? rules.tolerances.ratePoints;
  const { met, shortfall } = meets(t, g, tolerance);
  const lower = betterOf(t) === 'lower';
  const diff = g - t.value;
  const good = lower ? -diff : diff;
  const yearEnd = isYearEnd(p.period);
  const status = met
    ? yearEnd
      ? 'completed'
      : good >= rules.thresholds.growthAheadPoints
        ? 'ahead'
        : 'on_track'
    : 'behind';
  const severity: Severity | undefined = met
    ? undefined
    : shortfall <= rules.thresholds.growthYellowPoints
      ? 'yellow'
      : 'red';
  const stretchMet = t.stretch === undefined ? undefined : g >= t.stretch;
  const draft: Draft = {
    method: 'growth',
    status,
    gap: { value: round(good), unit: '个百分点' },
    value: g,
    sentence: growthSentence(t, g, diff, yearEnd, met, rules.decimals),
  };
  if (severity) draft.severity = severity;
  if (stretchMet !== undefined) {
    draft.stretchMet = stretchMet;
    if (met && !stretchMet) draft.sentence = withStretch(draft.sentence, t, g, rules.decimals);
  }
  return draft;
}

function round(x: number): number {
  return Number(formatNumber(x, 2));
}

/** "累计增长6.1%,低于目标0.9个百分点" (§1.4 通报 wording); a fall is written 下降, never a negative growth. */
function growthSentence(t: Target, g: number, diff: number, yearEnd: boolean, met: boolean, d: number) {
  const change = t.type === 'rate_change';
  const up = change ? '提高' : '增长';
  const word = t.decrease ? (g >= 0 ? '下降' : up) : g >= 0 ? up : '下降';
  const enWord = word === '下降' ? 'fell' : change ? 'rose' : 'grew';
  const unit = change ? '个百分点' : '%';
  const enUnit = change ? ' percentage points' : '%';
  const when = yearEnd ? '全年' : '累计';
  const enWhen = yearEnd ? 'Over the year' : 'Year to date';
  const head = `${when}${word}${formatNumber(Math.abs(g), d)}${unit}`;
  const enHead = `${enWhen} it ${enWord} ${formatNumber(Math.abs(g), d)}${enUnit}`;
  const gap = formatNumber(Math.abs(diff), d);
  const ceiling = betterOf(t) === 'lower';
  const target = ceiling ? '控制目标' : '目标';
  const within = t.comparator === '~' && met && gap !== '0' ? ',在“左右”幅度内' : '';
  const enWithin = within ? ', within the tolerance of "about"' : '';
  if (gap === '0') {
    return { zh: `${head},与${target}持平`, en: `${enHead}, equal to the target` };
  }
  const side = diff > 0 ? '高于' : '低于';
  const enSide = diff > 0 ? 'above' : 'below';
  return {
    zh: `${head},${side}${target}${gap}个百分点${within}`,
    en: `${enHead}, ${gap} percentage points ${enSide} the target${enWithin}`,
  };
}

function withStretch(s: { zh: string; en: string }, t: Target, g: number, d: number) {
  const short = formatNumber((t.stretch ?? g) - g, d);
  return {
    zh: `${s.zh},距力争目标还差${short}个百分点`,
    en: `${s.en}; ${short} percentage points short of the stretch target`,
  };
}
