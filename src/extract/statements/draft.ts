// A statement while it is being built, in normalized-text offsets, and the reading of its kind.

import type { Comparator, Modality } from '../types';
import type { Role } from './context';
import type { Mention } from './mentions';
import type { UnitKind } from './units';

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

/** Target or actual: the paragraph's role, unless the sentence says 预计 (an estimate of a past result). */
export function readKind(
  text: string,
  m: Mention,
  role: Role,
): { kind: 'target' | 'actual'; estimate?: boolean } {
  const before = wordsBefore(text, m);
  const kind = role === 'plan' ? 'target' : 'actual';
  // 预计 in the plan part gives last year's estimated result, unless it forecasts this year (预计今年…).
  if (/预计/.test(before))
    return { kind: /预计(今年|明年|本年)/.test(before) ? kind : 'actual', estimate: true };
  return { kind };
}
