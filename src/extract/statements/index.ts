// The statement extraction engine: every quantified target and actual of a report, with offsets into
// the ORIGINAL text (gold/README.md defines what a quantified statement is).

import { type NormalizedText, normalizeText } from '../normalize';
import type { ActualStatement, QualitativeTarget, Statement, TargetStatement, Warning } from '../types';
import { buildDrafts } from './build';
import { targetType } from './classify';
import { readContext } from './context';
import type { Draft } from './draft';
import { readReportScope } from './indicator';
import { paragraphMentions, releaseMarks } from './mentions';
import { findQualitative, type QualitativeDraft } from './qualitative';
import { findQuantities, MAX_FIGURES, type Quantity } from './quantities';
import { releaseCores } from './rules';

export interface StatementsResult {
  targets: TargetStatement[];
  actuals: ActualStatement[];
  qualitative: QualitativeTarget[];
  warnings: Warning[];
}

/** The optional details of a statement, in the order its JSON lists them. */
type Details = Pick<
  Statement,
  'ratio_to_plan' | 'yoy_pct' | 'yoy_comparator' | 'optional' | 'estimate' | 'streak_years' | 'period'
>;

/**
 * Copies the optional details a draft has onto `s` (one property at a time: spreading objects of
 * varying shapes costs more than the whole statement otherwise).
 */
function addDetails(s: Details, d: Draft): void {
  if (d.ratio_to_plan !== undefined) s.ratio_to_plan = d.ratio_to_plan;
  if (d.yoy_pct !== undefined) s.yoy_pct = d.yoy_pct;
  if (d.yoy_comparator !== undefined) s.yoy_comparator = d.yoy_comparator;
  if (d.optional) s.optional = true;
  if (d.estimate) s.estimate = true;
  if (d.streak_years !== undefined) s.streak_years = d.streak_years;
  if (d.period !== undefined) s.period = d.period;
}

function toStatement(raw: string, norm: NormalizedText, d: Draft): TargetStatement | ActualStatement {
  const { start, end } = norm.toOriginalRange(d.start, d.end);
  const span = raw.slice(start, end);
  const { indicator, comparator, value, unit } = d;
  if (d.kind === 'actual') {
    const actual: ActualStatement = { kind: 'actual', start, end, span, indicator, comparator, value, unit };
    addDetails(actual, d);
    return actual;
  }
  // modality and type come last in a target's JSON, after the details: the literal is completed below.
  const target = { kind: 'target', start, end, span, indicator, comparator, value, unit } as TargetStatement;
  addDetails(target, d);
  if (d.modality === 'binding') target.binding = true;
  if (d.modality === 'aspirational') target.aspirational = true;
  target.modality = d.modality;
  target.type = targetType(d.unitKind, d.indicator, d.comparator === '>=' || d.comparator === '<=');
  return target;
}

function pick(d: QualitativeDraft): Pick<QualitativeTarget, 'indicator' | 'modality' | 'type'> {
  return { indicator: d.indicator, modality: d.modality, type: d.type };
}

/** Extracts every quantified statement of a report. `normalized` may be passed when already computed. */
export function extractStatements(raw: string, normalized?: NormalizedText): StatementsResult {
  const norm = normalized ?? normalizeText(raw);
  const { text } = norm;
  const ctx = readContext(text);
  readReportScope(text);
  const punctuation: number[] = [];
  const quantities = findQuantities(text, punctuation);
  const drafts: Draft[] = [];
  let qi = 0;
  for (const para of ctx.paragraphs) {
    const inPara: Quantity[] = [];
    while (qi < quantities.length && quantities[qi]!.start < para.end) {
      const q = quantities[qi++]!;
      if (q.start >= para.start) inPara.push(q);
    }
    if (para.heading || para.glossary || inPara.length === 0) continue;
    const mentions = paragraphMentions(text, para, inPara, para.role === 'plan', punctuation);
    for (const d of buildDrafts(text, mentions, para.role)) drafts.push(d);
  }
  releaseMarks();
  releaseCores();
  const qualitative: QualitativeTarget[] = findQualitative(text, ctx.paragraphs, quantities, punctuation).map(
    (d) => {
      const { start, end } = norm.toOriginalRange(d.start, d.end);
      return { kind: 'qualitative', start, end, span: raw.slice(start, end), ...pick(d) };
    },
  );
  const targets: TargetStatement[] = [];
  const actuals: ActualStatement[] = [];
  for (const d of drafts) {
    const s = toStatement(raw, norm, d);
    if (s.kind === 'target') targets.push(s);
    else actuals.push(s);
  }
  return { targets, actuals, qualitative, warnings: figureLimit(norm, quantities) };
}

/** A warning when the text held more figures than are read (MAX_FIGURES), at the last one read. */
function figureLimit(norm: NormalizedText, quantities: Quantity[]): Warning[] {
  if (quantities.length < MAX_FIGURES) return [];
  const { start, end } = norm.toOriginalRange(quantities.at(-1)!.start, quantities.at(-1)!.end);
  return [
    {
      code: 'too_many_figures',
      message: `数字超过 ${MAX_FIGURES} 个,其后的内容未提取 / more than ${MAX_FIGURES} figures: nothing after this one was extracted`,
      start,
      end,
    },
  ];
}
