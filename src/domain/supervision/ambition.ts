// Ambition check at import: link each target to last year's actual for the same indicator (from the review part
// of the same report, or from last year's plan) and flag targets set below it. Indicators are matched by general
// text similarity (character bigrams) plus a shared head noun or containment; values are compared across units
// (9500亩 vs 2.2万亩, src/domain/units.ts). DOMAIN.md §1.1 (the report reviews last year), §1.6 (预计 figures),
// §4 (以上 includes the number; 以内 is a ceiling).
import type { Comparator, TargetType } from '../../shared/status';
import { formatNumber } from '../format';
import { inferBetter } from '../target';
import { convertValue, parseUnit } from '../units';

export interface AmbitionTarget {
  targetId: number;
  indicator: string;
  type: TargetType;
  comparator: Comparator;
  value: number;
  unit: string;
  /** A fall target (能耗下降3%). */
  decrease?: boolean;
}

export interface Baseline {
  /** Id of the actual or of last year's target. */
  id: number | string;
  source: 'review' | 'previous_plan';
  indicator: string;
  value: number;
  unit: string;
  /** 700余亩 → '>=': last year was at least this. */
  comparator?: Comparator;
  /** A growth rate attached to a level (完成投资12亿元、增长8%). */
  yoyPct?: number | null;
  estimate?: boolean;
}

export type AmbitionVerdict = 'below' | 'equal' | 'above';

export interface AmbitionMatch {
  targetId: number;
  baseline: Baseline;
  /** Indicator similarity 0–1. */
  score: number;
  /** What is compared: two amounts/levels, or a growth target with last year's growth. */
  kind: 'level' | 'growth';
  /** The target's value in the baseline's unit. */
  targetInBaselineUnit: number;
  /** Target against last year's actual, in the target's good direction ('below' = less ambitious). */
  verdict: AmbitionVerdict;
  flagged: boolean;
  /** 'warning' for amounts and levels; 'info' for growth rates, which counties often set near last year's. */
  severity: 'warning' | 'info';
  messageZh: string;
}

export interface AmbitionOptions {
  /** Minimum indicator similarity (default 0.6). */
  minScore?: number;
}

const DIRECTION_END = /(增长|增速|增幅|下降|提高|提升|降低)$/;
const PUNCT = /[\s“”"‘’'《》〈〉()（）、,，;；:：。!！?？·\-—]/g;

/** Words that say how a figure is reached, not what is measured (完成营造林规模 and 造林规模 measure the same thing). */
const LEADING_MODALS = /^(?:全年|累计|确保|力争|争取|完成|实现|达到)+/;
/** The structural particle 的 carries no meaning for matching (引进亿元以上的项目). */
const PARTICLES = /的/g;

function clean(indicator: string): string {
  return indicator
    .replace(PUNCT, '')
    .replace(PARTICLES, '')
    .replace(LEADING_MODALS, '')
    .replace(DIRECTION_END, '');
}

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** The last two characters of the cleaned indicator: 造林规模 → 规模, 签约亿元以上项目 → 项目. */
export function headNoun(indicator: string): string {
  return [...clean(indicator)].slice(-2).join('');
}

/**
 * Similarity of two indicators: the mean of the bigram Dice coefficient and the overlap coefficient, counted only
 * when they share a head noun or one contains the other's bigrams entirely; otherwise 0.
 */
export function indicatorSimilarity(a: string, b: string): number {
  const x = bigrams(clean(a));
  const y = bigrams(clean(b));
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  const dice = (2 * common) / (x.length + y.length);
  const overlap = common / Math.min(x.length, y.length);
  const related = headNoun(a) === headNoun(b) || overlap === 1;
  return related ? (dice + overlap) / 2 : 0;
}

function isGrowth(t: AmbitionTarget): boolean {
  return t.type === 'growth';
}

/** An indicator naming a fall (固定资产投资下降2.1%): its figure is a negative rate for a growth target. */
const FALL_END = /(下降|降低)$/;

/**
 * Last year's rate in the target's terms. A fall (固定资产投资下降2.1%) checked against a growth target
 * (固定资产投资增长6%) is -2.1; against a fall target (能耗下降3%) it stays 2.1.
 */
function baselineGrowth(b: Baseline, t: AmbitionTarget): { value: number; shown: number } | null {
  if (b.yoyPct !== undefined && b.yoyPct !== null) return { value: b.yoyPct, shown: b.yoyPct };
  if (parseUnit(b.unit)?.dimension !== 'percent' || !DIRECTION_END.test(b.indicator)) return null;
  const fall = FALL_END.test(b.indicator) && !FALL_END.test(t.indicator);
  return { value: fall ? -b.value : b.value, shown: b.value };
}

function lowerIsBetter(t: AmbitionTarget): boolean {
  if (t.decrease) return false;
  return t.comparator === '<=' || t.comparator === '<' || inferBetter(t.indicator) === 'lower';
}

interface Compared {
  kind: 'level' | 'growth';
  targetValue: number;
  baselineValue: number;
  /** Last year's figure as the report writes it (2.1 for 下降2.1%, compared as -2.1). */
  baselineShown: number;
}

function comparable(t: AmbitionTarget, b: Baseline): Compared | null {
  if (isGrowth(t)) {
    const g = baselineGrowth(b, t);
    return g === null
      ? null
      : { kind: 'growth', targetValue: t.value, baselineValue: g.value, baselineShown: g.shown };
  }
  if (t.type === 'milestone' || t.type === 'qualitative' || t.type === 'rank') return null;
  const c = convertValue(t.value, t.unit, b.unit);
  return c.ok
    ? { kind: 'level', targetValue: c.value, baselineValue: b.value, baselineShown: b.value }
    : null;
}

function verdictOf(t: AmbitionTarget, c: Compared, b: Baseline): AmbitionVerdict {
  const eps = 1e-9 * Math.max(1, Math.abs(c.baselineValue));
  const diff = c.targetValue - c.baselineValue;
  if (Math.abs(diff) <= eps) return 'equal';
  const better = lowerIsBetter(t) ? diff < 0 : diff > 0;
  // 700余亩 (>=) is "at least 700": a target of 699 is below it, a target of 701 is not known to be above.
  if (better && b.comparator === '>=' && !lowerIsBetter(t)) return 'equal';
  return better ? 'above' : 'below';
}

function message(t: AmbitionTarget, b: Baseline, c: Compared, verdict: AmbitionVerdict): string {
  const who = b.source === 'review' ? '上年' : '上年计划实际完成';
  const unit = c.kind === 'growth' ? '%' : b.unit;
  const last = `${who}${b.estimate ? '(预计)' : ''}${b.indicator}${formatNumber(c.baselineShown)}${unit}${b.comparator === '>=' ? '以上' : ''}`;
  const ceiling = lowerIsBetter(t);
  const target = `${ceiling ? '控制目标' : '目标'}${formatNumber(t.value)}${t.unit}`;
  const converted =
    c.kind === 'level' && t.unit !== b.unit ? `(折合${formatNumber(c.targetValue)}${b.unit})` : '';
  if (verdict === 'equal') return `${target}${converted},与${last}持平`;
  const diff = c.targetValue - c.baselineValue;
  const gap = `${formatNumber(Math.abs(diff))}${c.kind === 'growth' ? '个百分点' : unit}`;
  return `${target}${converted}${diff < 0 ? '低于' : '高于'}${last},相差${gap}`;
}

/** For each target the best-matching baseline, with a verdict; targets without a match are left out. */
export function checkAmbition(
  targets: readonly AmbitionTarget[],
  baselines: readonly Baseline[],
  options: AmbitionOptions = {},
): AmbitionMatch[] {
  const minScore = options.minScore ?? 0.6;
  const out: AmbitionMatch[] = [];
  for (const t of targets) {
    let best: { b: Baseline; c: Compared; score: number } | null = null;
    for (const b of baselines) {
      const c = comparable(t, b);
      if (!c) continue;
      const score = indicatorSimilarity(t.indicator, b.indicator);
      const wins = !best || score > best.score || (score === best.score && b.source === 'review');
      if (score >= minScore && wins) best = { b, c, score };
    }
    if (!best) continue;
    const verdict = verdictOf(t, best.c, best.b);
    out.push({
      targetId: t.targetId,
      baseline: best.b,
      score: Math.round(best.score * 1000) / 1000,
      kind: best.c.kind,
      targetInBaselineUnit: best.c.targetValue,
      verdict,
      flagged: verdict === 'below',
      severity: best.c.kind === 'growth' ? 'info' : 'warning',
      messageZh: message(t, best.b, best.c, verdict),
    });
  }
  return out;
}
