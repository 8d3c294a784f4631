// Checks run on a freshly extracted plan before it is confirmed: the ambition check (issue 5) links each target to
// last year's actual from the review part of the same report (sections with role 'review') and flags targets set
// below it. Call it from the import pipeline and show the flags beside the draft plan.
import { type AmbitionMatch, type Baseline, checkAmbition } from '../../domain/supervision/ambition';
import type { ExtractionResult } from '../../extract/types';

export interface ExtractionAmbition {
  /** Matches keyed by the index of the target in `result.targets`; baseline ids are indexes into `result.actuals`. */
  matches: AmbitionMatch[];
  flagged: AmbitionMatch[];
}

/** Actuals inside a review part; all actuals when the report has no recognised review part. */
function reviewActuals(result: ExtractionResult): Array<{ index: number }> {
  const review = result.structure.sections.filter((s) => s.role === 'review');
  return result.actuals
    .map((a, index) => ({ a, index }))
    .filter(
      ({ a }) =>
        !a.period && (review.length === 0 || review.some((s) => a.start >= s.start && a.end <= s.end)),
    );
}

export function ambitionOfExtraction(
  result: ExtractionResult,
  extra: readonly Baseline[] = [],
): ExtractionAmbition {
  const baselines: Baseline[] = [
    ...reviewActuals(result).map(({ index }) => {
      const a = result.actuals[index];
      if (!a) throw new Error('unreachable');
      return {
        id: index,
        source: 'review' as const,
        indicator: a.indicator,
        value: a.value,
        unit: a.unit,
        comparator: a.comparator,
        yoyPct: a.yoy_pct ?? null,
        estimate: a.estimate ?? false,
      };
    }),
    ...extra,
  ];
  // A range (固定资产投资增长6%—6.5%) is two targets on one span: its floor (>=) is checked; its top (<=) is no
  // ceiling to stay under, and checking it as one flagged every range whose top is above last year.
  const rangeTop = (t: (typeof result.targets)[number]) =>
    t.comparator === '<=' &&
    result.targets.some(
      (o) => o.comparator === '>=' && o.start === t.start && o.end === t.end && o.indicator === t.indicator,
    );
  const targets = result.targets
    .map((t, index) => ({ t, index }))
    .filter(({ t }) => !t.period && !rangeTop(t))
    .map(({ t, index }) => ({
      targetId: index,
      indicator: t.indicator,
      type: t.type,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
    }));
  const matches = checkAmbition(targets, baselines);
  return { matches, flagged: matches.filter((m) => m.flagged) };
}
