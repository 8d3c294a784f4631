// Targets without a number, kept so the plan is complete (not scored): the clauses of the main-targets
// paragraph that carry no figure (进出口总值保持平稳增长, 能耗完成市定目标) and milestone commitments in
// the plan part (争创国家级…示范园区). Types from DOMAIN.md §3.2 (qualitative, milestone).

import type { Modality } from '../types';
import { CharSet } from './charset';
import { readModality } from './comparators';
import type { Paragraph } from './context';
import { cleanPre } from './indicator';
import { firstAtOrAfter } from './mentions';

export interface QualitativeDraft {
  start: number;
  end: number;
  indicator: string;
  modality: Modality;
  type: 'qualitative' | 'milestone';
}

/** A lead-in that announces the main targets (主要预期目标是：) and a heading that names them. */
const TARGETS_LEAD =
  /(主要预期目标|主要目标|预期目标|主要指标)(是|为)[：:]?|(主要预期目标|主要目标|主要指标)[：:]/;
const TARGETS_HEADING = /(主要预期目标|主要目标|预期目标|主要指标)$/;
/** A clause that states where an indicator should be, without a figure. */
const STATES_TARGET = /(保持|同步|完成|达到|持平|改善|稳定|控制|实现|提升|提高|下降|降低|增长|优化|好转)/;
/** Commentary that follows a target rather than being one. */
const COMMENTARY =
  /^(在实际工作中|努力争取|争取更|加快构建|这些|上述|提出|考虑|也考虑|并与|与|体现|兼顾|既|又)/;
/** A milestone: the plan commits to winning a designation or finishing a named project. */
const MILESTONE =
  /^(力争|争取|确保|全力)?(争创|创建|创成|申创|申报|获批|建成)[^，。；]{2,40}(示范区|示范园区|示范县|示范市|示范镇|示范村|示范工程|示范基地|试点|园区|基地|中心|城市|称号)/;

/** Clause separators by UTF-16 code unit (，。；！？,;!?, all in PUNCTUATION); a line break does not end a clause. */
const SEPARATOR = new CharSet('，。；！？,;!?');
/** What follows 目标 or 指标 in a lead-in (目标是, 指标为, 目标：). */
const AFTER_LEAD_WORD = new CharSet('是为：:');

/**
 * 1 for the characters a milestone clause can open with: the first characters of MILESTONE (力争, 争取,
 * 确保, 全力, 争创, 创建, 申创, 获批, 建成...) and every white space trim() removes before it (a superset:
 * the regex decides).
 */
const MAY_OPEN_MILESTONE = new Uint8Array(0x10000);
for (const ch of '力争确全创申获建') MAY_OPEN_MILESTONE[ch.charCodeAt(0)] = 1;
MAY_OPEN_MILESTONE.fill(1, 0, 0x21);
MAY_OPEN_MILESTONE.fill(1, 0x2000, 0x2060);
for (const c of [0xa0, 0x1680, 0x3000, 0xfeff]) MAY_OPEN_MILESTONE[c] = 1;

/**
 * Qualitative and milestone targets of the plan part, in normalized offsets. `figures` are the quantities
 * of the text in order; `punctuation` holds the sorted positions of PUNCTUATION (mentions.ts) in the text,
 * as findQuantities collects them.
 */
export function findQualitative(
  text: string,
  paragraphs: Paragraph[],
  figures: readonly { start: number }[],
  punctuation: number[],
): QualitativeDraft[] {
  const out: QualitativeDraft[] = [];
  // Clauses come in text order, so the next separator and the next figure are found by moving forward;
  // the marks of the review part are jumped over, not visited.
  let s = 0;
  let f = 0;
  let afterTargetsHeading = false;
  for (const p of paragraphs) {
    if (p.heading) {
      afterTargetsHeading = p.role === 'plan' && TARGETS_HEADING.test(text.slice(p.start, p.end).trim());
      continue;
    }
    if (p.role !== 'plan') {
      afterTargetsHeading = false;
      continue;
    }
    // The targets run from the lead-in to the end of its sentence, or through the paragraph after a heading.
    const line = text.slice(p.start, p.end);
    const lead = mayLeadTargets(line) ? TARGETS_LEAD.exec(line) : null;
    let targetsFrom = -1;
    let targetsTo = p.end;
    if (afterTargetsHeading) targetsFrom = p.start;
    else if (lead) {
      targetsFrom = p.start + lead.index + lead[0].length;
      const stop = line.indexOf('。', lead.index);
      if (stop >= 0) targetsTo = p.start + stop;
    }
    afterTargetsHeading = false;
    if (s < punctuation.length && punctuation[s]! < p.start) s = firstAtOrAfter(punctuation, p.start);
    // The clauses of the paragraph: runs between separators, the last one cut at the paragraph end.
    let start = p.start;
    for (; ; s++) {
      const at = s < punctuation.length ? punctuation[s]! : text.length;
      if (at < p.end && !SEPARATOR.has(text.charCodeAt(at))) continue;
      const end = Math.min(p.end, at);
      const inTargets = targetsFrom >= 0 && start >= targetsFrom && end <= targetsTo;
      // Outside the targets only a clause that may open a milestone is read; a clause with a figure never is.
      if (end > start && (inTargets || MAY_OPEN_MILESTONE[text.charCodeAt(start)] === 1)) {
        while (f < figures.length && figures[f]!.start < start) f++;
        const hasFigure = f < figures.length && figures[f]!.start < end;
        const draft = hasFigure ? undefined : readClause(text, start, end, inTargets);
        if (draft) out.push(draft);
      }
      if (at >= p.end) break;
      start = at + 1;
    }
  }
  return out;
}

/** The qualitative or milestone target stated by a clause without a figure, if any. */
function readClause(
  text: string,
  start: number,
  end: number,
  inTargets: boolean,
): QualitativeDraft | undefined {
  const words = text.slice(start, end).trim();
  const milestone = MILESTONE.test(words);
  const listed = inTargets && STATES_TARGET.test(words);
  if (!milestone && (!listed || COMMENTARY.test(words))) return undefined;
  return {
    start,
    end,
    indicator: cleanPre(words),
    modality: readModality(words),
    type: milestone ? 'milestone' : 'qualitative',
  };
}

/**
 * Whether a paragraph may hold a lead-in: every one names 目标 or 指标 and goes on with 是, 为 or a colon,
 * so most paragraphs are passed over without the regex (a superset: the regex decides).
 */
function mayLeadTargets(line: string): boolean {
  for (let at = line.indexOf('标'); at >= 0; at = line.indexOf('标', at + 1))
    if (AFTER_LEAD_WORD.has(line.charCodeAt(at + 1))) return true;
  return false;
}
