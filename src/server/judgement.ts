// Fills a Target's `judgement` with the domain's rules (src/domain/judge, DOMAIN.md §3.2–3.3).
// This file only adapts stored rows to the domain's model; it holds no status rule of its own.
import { judgeTarget } from '../domain/judge';
import { type Period, parsePeriodId } from '../domain/period';
import type { Target as DomainTarget, Progress } from '../domain/target';
import { inferBetter, inferDecrease } from '../domain/target';
import type { Judgement } from '../shared/api/targets';
import { DEFAULT_RULE_SET, type RuleSet, ruleSetSchema } from '../shared/rules';
import type { Comparator, IndicatorAttribute, Modality, Stage, TargetType } from '../shared/status';
import type { LatestProgress, TargetReadRow } from '../storage/repos/reads';
import type { AssignmentRow } from '../storage/schema';

/** The month an as-of date falls in, as a period (judging "now" when nothing was reported). */
/**
 * The month of `asOf`; with the plan's year, held within that year (as the exports' currentPeriod does): a day
 * after the year judges at its December, a day before it at its January.
 */
export function asOfPeriod(asOf: string, planYear?: number): Period {
  const [y, m] = asOf.split('-').map(Number);
  if (planYear !== undefined && y! > planYear) return { year: planYear, kind: 'month', index: 12 };
  if (planYear !== undefined && y! < planYear) return { year: planYear, kind: 'month', index: 1 };
  return { year: y!, kind: 'month', index: m! };
}

/** A region's stored rule set, validated; the §3.3 default when absent or invalid. */
export function rulesOf(stored: unknown): RuleSet {
  if (stored === null || stored === undefined) return DEFAULT_RULE_SET;
  const parsed = ruleSetSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RULE_SET;
}

/**
 * The good direction of a stored target (DOMAIN.md §3.2 "Control / inverse"). A target written as a fall
 * (能耗下降3%) is judged on the fall, so more is better; otherwise the indicator's words may turn it into
 * lower-is-better (城镇调查失业率5.4%左右); a ceiling comparator (以内) already says so.
 */
function direction(t: TargetReadRow): Pick<DomainTarget, 'better' | 'decrease'> {
  if ((t.type === 'growth' || t.type === 'rate_change') && inferDecrease(t.indicator))
    return { decrease: true };
  return inferBetter(t.indicator) === 'lower' ? { better: 'lower' } : {};
}

export function domainTarget(t: TargetReadRow, a: AssignmentRow | null): DomainTarget {
  return {
    type: t.type as TargetType,
    comparator: t.comparator as Comparator,
    value: t.value ?? 0,
    unit: t.unit,
    modality: t.modality as Modality,
    attribute: t.attribute as IndicatorAttribute,
    ...direction(t),
    ...(t.stretch !== null ? { stretch: t.stretch } : {}),
    ...(t.tolerance !== null ? { tolerance: t.tolerance } : {}),
    ...(a
      ? {
          milestones: a.milestones.map((m) => ({
            date: m.date,
            label: m.label,
            ...(m.expectedPct !== undefined ? { percent: m.expectedPct } : {}),
          })),
          ...(a.deadline ? { deadline: a.deadline } : {}),
        }
      : {}),
  };
}

/** A target's latest approved report as the domain's Progress; `period` when nothing was reported. */
export function domainProgress(
  t: Pick<TargetReadRow, 'type'>,
  latest: Omit<LatestProgress, 'id' | 'targetId' | 'status'> | undefined,
  period: Period,
): Progress {
  if (!latest) return { period, value: null };
  return {
    period: parsePeriodId(latest.period) ?? period,
    // A growth target is judged on the cumulative 同比 (§3.2), which a report may give as yoy or as the value.
    value: t.type === 'growth' ? (latest.yoy ?? latest.value) : latest.value,
    ...(latest.stage ? { stage: latest.stage as Stage } : {}),
    ...(latest.progress || latest.stage ? { evidence: latest.progress } : {}),
    // The 督查 reviewer's 已完成/序时推进/滞后/未启动 decides a qualitative target (§3.2).
    ...(latest.verdict ? { verdict: latest.verdict } : {}),
  };
}

export function judge(
  t: TargetReadRow,
  a: AssignmentRow | null,
  latest: LatestProgress | undefined,
  asOf: string,
  rules: RuleSet,
  planYear?: number,
): Judgement {
  try {
    const period = asOfPeriod(asOf, planYear);
    const j = judgeTarget(domainTarget(t, a), domainProgress(t, latest, period), rules);
    return {
      status: j.status,
      colour: j.colour,
      gap: j.gap?.value ?? null,
      ...(j.gap ? { gapUnit: j.gap.unit } : {}),
      sentenceZh: j.sentence.zh,
      sentenceEn: j.sentence.en,
      // 双过半 (§3.3): present only when judged at the mid-year period; the roll-up counts it.
      ...(j.doubleHalf !== undefined ? { doubleHalf: j.doubleHalf } : {}),
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      status: 'no_data',
      colour: 'grey',
      gap: null,
      sentenceZh: `无法判定:${why}`,
      sentenceEn: `Cannot judge: ${why}`,
    };
  }
}
