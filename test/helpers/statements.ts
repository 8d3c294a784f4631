// Statement tests on a sentence of their own: the sentence put under a review part (2023) or a plan part
// (2024) heading, and an item's kind, comparator, value and unit for comparing.
import { extractStatements } from '../../src/extract/statements';
import type { Statement } from '../../src/extract/types';

export const REVIEW = '## 一、2023年工作回顾\n';
export const PLAN = '## 二、2024年工作安排\n';

/** The targets and actuals of `body` under the heading `part`, in text order. */
export function items(body: string, part = PLAN): Statement[] {
  const r = extractStatements(part + body);
  return [...r.targets, ...r.actuals].sort((a, b) => a.start - b.start);
}

export const brief = (s: Statement) => [s.kind, s.comparator, s.value, s.unit] as const;
