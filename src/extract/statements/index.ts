// The statement extraction engine: every quantified target and actual of a report, with offsets into
// the ORIGINAL text (gold/README.md defines what a quantified statement is).

import { type NormalizedText, normalizeText } from '../normalize';
import type { ActualStatement, QualitativeTarget, Statement, TargetStatement, Warning } from '../types';
import { buildDrafts } from './build';
import { targetType } from './classify';
import { readContext } from './context';
import type { Draft } from './draft';
import { paragraphMentions } from './mentions';
import { findQualitative, type QualitativeDraft } from './qualitative';
import { findQuantities, type Quantity } from './quantities';

export interface StatementsResult {
  targets: TargetStatement[];
  actuals: ActualStatement[];
  qualitative: QualitativeTarget[];
  warnings: Warning[];
}

function toStatement(raw: string, norm: NormalizedText, d: Draft): TargetStatement | ActualStatement {
  const { start, end } = norm.toOriginalRange(d.start, d.end);
  const base = {
    start,
    end,
    span: raw.slice(start, end),
    indicator: d.indicator,
    comparator: d.comparator,
    value: d.value,
    unit: d.unit,
  };
  const extra: Pick<
    Statement,
    | 'ratio_to_plan'
    | 'yoy_pct'
    | 'yoy_comparator'
    | 'optional'
    | 'estimate'
    | 'streak_years'
    | 'period'
    | 'binding'
    | 'aspirational'
  > = {};
  if (d.ratio_to_plan !== undefined) extra.ratio_to_plan = d.ratio_to_plan;
  if (d.yoy_pct !== undefined) extra.yoy_pct = d.yoy_pct;
  if (d.yoy_comparator !== undefined) extra.yoy_comparator = d.yoy_comparator;
  if (d.optional) extra.optional = true;
  if (d.estimate) extra.estimate = true;
  if (d.streak_years !== undefined) extra.streak_years = d.streak_years;
  if (d.period !== undefined) extra.period = d.period;
  if (d.kind === 'actual') return { kind: 'actual', ...base, ...extra };
  if (d.modality === 'binding') extra.binding = true;
  if (d.modality === 'aspirational') extra.aspirational = true;
  return {
    kind: 'target',
    ...base,
    ...extra,
    modality: d.modality,
    type: targetType(d.unitKind, d.indicator, d.comparator === '>=' || d.comparator === '<='),
  };
}

function pick(d: QualitativeDraft): Pick<QualitativeTarget, 'indicator' | 'modality' | 'type'> {
  return { indicator: d.indicator, modality: d.modality, type: d.type };
}

/** Extracts every quantified statement of a report. `normalized` may be passed when already computed. */
export function extractStatements(raw: string, normalized?: NormalizedText): StatementsResult {
  const norm = normalized ?? normalizeText(raw);
  const { text } = norm;
  const ctx = readContext(text);
  const quantities = findQuantities(text);
  const drafts: Draft[] = [];
  let qi = 0;
  for (const para of ctx.paragraphs) {
    const inPara: Quantity[] = [];
    while (qi < quantities.length && quantities[qi]!.start < para.end) {
      const q = quantities[qi++]!;
      if (q.start >= para.start) inPara.push(q);
    }
    if (para.heading || inPara.length === 0) continue;
    const mentions = paragraphMentions(text, para, inPara, para.role === 'plan');
    for (const d of buildDrafts(text, mentions, para.role)) drafts.push(d);
  }
  const qualitative: QualitativeTarget[] = findQualitative(
    text,
    ctx.paragraphs,
    quantities.map((q) => q.start),
  ).map((d) => {
    const { start, end } = norm.toOriginalRange(d.start, d.end);
    return { kind: 'qualitative', start, end, span: raw.slice(start, end), ...pick(d) };
  });
  const targets: TargetStatement[] = [];
  const actuals: ActualStatement[] = [];
  for (const d of drafts) {
    const s = toStatement(raw, norm, d);
    if (s.kind === 'target') targets.push(s);
    else actuals.push(s);
  }
  return { targets, actuals, qualitative, warnings: [] };
}
