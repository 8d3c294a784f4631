// Amounts and counts that accumulate over the year: completion r = actual ÷ target against 序时 p
// (DOMAIN.md §3.2 "Absolute or cumulative amount"); small counts are judged at 节点 or year end, with 0 flagged
// from mid-year (§3.2 "Count with floor"); 双过半 at mid-year (§3.3).
import type { RuleSet } from '../../shared/rules';
import { formatNumber } from '../format';
import { isYearEnd, periodEndMonth } from '../period';
import type { Progress, Target } from '../target';
import { timeProgress } from '../time-progress';
import type { Draft, Severity } from './common';
import { deadlinePassed, meets, noData, nodePassed, q, targetText, valueIn } from './common';

export function judgeCumulative(t: Target, p: Progress, rules: RuleSet): Draft {
  const a = valueIn(t, p);
  if (a === null) return noData('cumulative', p);
  const hasPercentNodes = (t.milestones ?? []).some((m) => m.percent !== undefined);
  const small = t.type === 'count' && t.value <= rules.smallCountMax && !hasPercentNodes;
  return small ? judgeSmallCount(t, p, a, rules) : judgeAmount(t, p, a, rules);
}

/** Is the whole target reached (以上 includes the number, 超过 is strict, 左右 within the tolerance; §4)? */
function reached(t: Target, a: number, rules: RuleSet): boolean {
  const tolerance = t.tolerance ?? (t.value * rules.tolerances.levelPercent) / 100;
  return meets(t, a, tolerance).met;
}

function judgeAmount(t: Target, p: Progress, a: number, rules: RuleSet): Draft {
  const r = (a / t.value) * 100;
  // Past the 完成时限 the whole target is due (§1.2 完成时限).
  const due = deadlinePassed(t, p) || isYearEnd(p.period);
  const tp = due ? 100 : timeProgress(p.period, { schedule: rules.schedule, milestones: t.milestones ?? [] });
  const gap = r - tp;
  const th = rules.thresholds;
  const done = reached(t, a, rules);
  const status = done
    ? 'completed'
    : a === 0 && tp > 0
      ? 'not_started'
      : due
        ? 'behind'
        : gap >= th.cumulativeAheadPoints
          ? 'ahead'
          : gap >= 0
            ? 'on_track'
            : 'behind';
  const severity: Severity | undefined =
    status === 'behind' || status === 'not_started'
      ? -gap <= th.cumulativeYellowPoints && !(status === 'not_started' && nodePassed(t, p))
        ? 'yellow'
        : 'red'
      : undefined;
  const draft: Draft = {
    method: 'cumulative',
    status,
    gap: { value: round(gap), unit: '个百分点' },
    completion: round(r),
    timeProgress: round(tp),
    value: a,
    sentence: done ? completedSentence(r, rules.decimals) : amountSentence(r, tp, rules.decimals),
  };
  if (severity) draft.severity = severity;
  if (periodEndMonth(p.period) === rules.midYear.month) draft.doubleHalf = r >= rules.midYear.percent;
  addStretch(draft, t, a);
  return draft;
}

/** "完成年度目标的53.3%,低于序时进度21.7个百分点" (§1.4 通报 wording, §3.2). */
function amountSentence(r: number, tp: number, d: number) {
  const rs = formatNumber(r, d);
  const gap = formatNumber(Math.abs(r - tp), d);
  const head = { zh: `完成年度目标的${rs}%`, en: `${rs}% of the annual target done` };
  if (tp === 0) {
    return { zh: `${head.zh},尚未到首个节点`, en: `${head.en}; the first milestone is not yet due` };
  }
  if (gap === '0') return { zh: `${head.zh},达到序时进度`, en: `${head.en}, in line with time progress` };
  const above = r > tp;
  return {
    zh: `${head.zh},${above ? '高于' : '低于'}序时进度${gap}个百分点`,
    en: `${head.en}, ${gap} points ${above ? 'ahead of' : 'behind'} time progress`,
  };
}

/** "已完成年度目标的126%" (§1.6 wording). */
function completedSentence(r: number, d: number) {
  const rs = formatNumber(r, d);
  return { zh: `已完成年度目标的${rs}%`, en: `${rs}% of the annual target done` };
}

function judgeSmallCount(t: Target, p: Progress, a: number, rules: RuleSet): Draft {
  const yearEnd = isYearEnd(p.period) || deadlinePassed(t, p);
  const done = reached(t, a, rules);
  const afterMidYear = periodEndMonth(p.period) >= rules.midYear.month;
  const status = done ? 'completed' : yearEnd ? 'behind' : a === 0 ? 'not_started' : 'on_track';
  const shortPercent = ((t.value - a) / t.value) * 100;
  const severity: Severity | undefined =
    status === 'behind'
      ? shortPercent <= rules.thresholds.cumulativeYellowPoints
        ? 'yellow'
        : 'red'
      : status === 'not_started' && (afterMidYear || nodePassed(t, p))
        ? 'red'
        : undefined;
  const draft: Draft = {
    method: 'cumulative',
    status,
    gap: { value: a - t.value, unit: t.unit },
    completion: round((a / t.value) * 100),
    value: a,
    sentence: smallCountSentence(t, a, status === 'not_started' && afterMidYear, yearEnd),
  };
  if (severity) draft.severity = severity;
  addStretch(draft, t, a);
  return draft;
}

/** "累计1家,目标2家以上,还差1家"; 0 from mid-year is flagged (§3.2 "flag 0 by mid-year"). */
function smallCountSentence(t: Target, a: number, zeroAtMidYear: boolean, yearEnd: boolean) {
  const target = targetText(t);
  const when = yearEnd ? '全年' : '累计';
  const enWhen = yearEnd ? 'Over the year' : 'So far';
  const head = {
    zh: `${when}${q(a, t.unit)},目标${target.zh}`,
    en: `${enWhen} ${q(a, t.unit)}; target ${target.en}`,
  };
  const short = t.value - a;
  if (short <= 0) return head;
  if (zeroAtMidYear) return { zh: `${head.zh},年中仍为零`, en: `${head.en}; still none at mid-year` };
  return { zh: `${head.zh},还差${q(short, t.unit)}`, en: `${head.en}; ${q(short, t.unit)} to go` };
}

function addStretch(draft: Draft, t: Target, a: number): void {
  if (t.stretch === undefined) return;
  draft.stretchMet = a >= t.stretch;
  if (draft.status === 'completed' && !draft.stretchMet) {
    const short = q(t.stretch - a, t.unit);
    draft.sentence = {
      zh: `${draft.sentence.zh},距力争目标还差${short}`,
      en: `${draft.sentence.en}; ${short} short of the stretch target`,
    };
  }
}

function round(x: number): number {
  return Number(formatNumber(x, 2));
}
