// Fills a Target's `judgement` with the domain's rules (src/domain/judge, DOMAIN.md §3.2–3.3).
// This file only adapts stored rows to the domain's model; it holds no status rule of its own.
import { judgeTarget } from '../domain/judge';
import type { Target as DomainTarget, Progress } from '../domain/target';
import type { Period } from '../domain/time-progress';
import type { Judgement } from '../shared/api/targets';
import { DEFAULT_RULE_SET, type RuleSet, ruleSetSchema } from '../shared/rules';
import type { Comparator, IndicatorAttribute, Modality, Stage, TargetType } from '../shared/status';
import { periodEndMonth } from '../storage/period';
import type { AssignmentRow, ProgressRow, TargetRow } from '../storage/schema';

/** A stored period text (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY) as the domain's Period. */
export function toPeriod(text: string): Period | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(text);
  if (!m || !periodEndMonth(text)) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, kind: 'month', month: Number(m[2]) };
  if (m[3]) return { year, kind: 'quarter', quarter: Number(m[3]) };
  if (m[4]) return { year, kind: 'half', half: Number(m[4]) };
  return { year, kind: 'year' };
}

/** The month an as-of date falls in, as a period (judging "now" when nothing was reported). */
export function asOfPeriod(asOf: string): Period {
  const [y, m] = asOf.split('-').map(Number);
  return { year: y!, kind: 'month', month: m! };
}

/** A region's stored rule set, validated; the §3.3 default when absent or invalid. */
export function rulesOf(stored: unknown): RuleSet {
  if (stored === null || stored === undefined) return DEFAULT_RULE_SET;
  const parsed = ruleSetSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RULE_SET;
}

export function domainTarget(t: TargetRow, a: AssignmentRow | null): DomainTarget {
  return {
    type: t.type as TargetType,
    comparator: t.comparator as Comparator,
    value: t.value ?? 0,
    unit: t.unit,
    modality: t.modality as Modality,
    attribute: t.attribute as IndicatorAttribute,
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

export function judge(
  t: TargetRow,
  a: AssignmentRow | null,
  latest: ProgressRow | undefined,
  asOf: string,
  rules: RuleSet,
): Judgement {
  const period = (latest && toPeriod(latest.period)) || asOfPeriod(asOf);
  const progress: Progress = {
    period,
    // A growth target is judged on the cumulative 同比 (§3.2), which a report may give as yoy or as the value.
    value: latest ? (t.type === 'growth' ? (latest.yoy ?? latest.value) : latest.value) : null,
    ...(latest?.stage ? { stage: latest.stage as Stage } : {}),
    ...(latest && (latest.progress || latest.stage) ? { evidence: latest.progress } : {}),
  };
  try {
    const j = judgeTarget(domainTarget(t, a), progress, rules);
    return {
      status: j.status,
      colour: j.colour,
      gap: j.gap?.value ?? null,
      sentenceZh: j.sentence.zh,
      sentenceEn: j.sentence.en,
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
