// A statement while it is being built, in normalized-text offsets, and the reading of its kind.

import type { Comparator, Modality } from '../types';
import type { Role } from './context';
import type { Mention } from './mentions';
import type { UnitKind } from './units';

/**
 * A draft is created with every field present, the optional ones undefined (newDraft, baselineDraft):
 * objects given their fields in varying orders get different hidden classes, and the rules that read
 * drafts then run megamorphic property loads (measured: buildDrafts 12% faster with one shape).
 */
export interface Draft {
  kind: 'target' | 'actual';
  /** Span in normalized text. */
  start: number;
  end: number;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  unitKind: UnitKind | 'rank';
  modality: Modality;
  sentenceIndex: number;
  /** The count comes before its noun (新建5个…医疗集团). */
  leadCount?: boolean;
  /** Set when the words before the number are a growth verb only (增长5.4%). */
  growthOnly?: boolean;
  ratio_to_plan?: number;
  yoy_pct?: number;
  yoy_comparator?: Comparator;
  optional?: boolean;
  estimate?: boolean;
  streak_years?: number;
  period?: string;
}

/** The sentence before a figure, at most 200 characters back (sentences in damaged text can be huge). */
export function wordsBefore(text: string, m: Mention): string {
  return text.slice(Math.max(m.sentStart, m.q.start - 200), m.q.start);
}

/**
 * The last time word before a figure (a comparison base such as 比上年 is not one): 今年/全年 date the
 * planned year, 去年/上年/过去一年 or an earlier year written out date the reviewed one.
 */
const TIME_WORD = /(?<![比较同])(今年|本年|明年|全年|年内|去年|上年|上一年|过去一年|过去的一年|(20\d\d)年)/g;

function datesReviewedYear(before: string, planYear: number | undefined): boolean {
  let last: RegExpExecArray | undefined;
  for (let t = TIME_WORD.exec(before); t !== null; t = TIME_WORD.exec(before)) last = t;
  TIME_WORD.lastIndex = 0;
  if (!last) return false;
  if (last[2] !== undefined) return planYear !== undefined && Number(last[2]) < planYear;
  return /^(去年|上年|上一年|过去)/.test(last[1]!);
}

/** A figure's kind without 预计, by its paragraph's role (shared: not modified). */
const PLAIN_KIND = {
  plan: { kind: 'target' },
  review: { kind: 'actual' },
} as const;

/**
 * Target or actual: the paragraph's role. 预计 marks an estimate; inside the plan part it is a forecast
 * or budget of the planned year (预计今年…, 今年…预计…) and stays a target, unless the sentence dates it
 * to the reviewed year (预计去年…, 2025年预计…), then it is an estimated result (gold/README.md `estimate`).
 */
export function readKind(
  text: string,
  m: Mention,
  role: Role,
  before = wordsBefore(text, m),
): { kind: 'target' | 'actual'; estimate?: boolean } {
  if (!before.includes('预计')) return PLAIN_KIND[role];
  const kind = role === 'plan' ? 'target' : 'actual';
  return { kind: datesReviewedYear(before, m.para.planYear) ? 'actual' : kind, estimate: true };
}
