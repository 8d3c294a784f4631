// Turns the mentions of one paragraph into statement drafts: skips what is not a statement, names the
// indicator, attaches ratio_to_plan and yoy_pct, and splits 分别 lists, ranges and shared values.
// Every rule cites gold/README.md, whose rules these are.

import type { Comparator, Modality } from '../types';
import { readModality } from './comparators';
import type { Role } from './context';
import {
  cleanPost,
  cleanPre,
  dropExamples,
  dropLeadingVerb,
  isBareHead,
  isBareMeasure,
  leadingSubject,
  leadingVerb,
  measureOfUnit,
  resolveBareHead,
} from './indicator';
import type { Mention } from './mentions';
import { sentenceStarts } from './mentions';
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
  optional?: boolean;
  estimate?: boolean;
  streak_years?: number;
  period?: string;
}

/** "为年度计划的126%", "完成年度任务的199.6%": a share of the plan, attached to the figure before. */
const RATIO_TO_PLAN = /^(为|是|占|完成|达到|达|相当于)?(年度|全年|年|序时)?(计划|任务|目标|预算)(任务)?的$/;
/** A growth rate with no subject of its own: attached to the level before it (完成投资12亿元、增长8%). */
const GROWTH_ONLY = /^(同比|比上年|较上年|比去年)?(增长|增加|下降|减少|降低|提高)$/;
const FALLING = /(下降|减少|降低)$/;
const LIGHT_VERB = /^(实现|完成)/;
const STREAK = /连续([0-9]+|[一二两三四五六七八九十]+)年/;
const CN_SMALL = '一二三四五六七八九十';

function smallNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '两') return 2;
  if (s.length === 1) return CN_SMALL.indexOf(s) + 1 || undefined;
  if (s.length === 2 && s[0] === '十') return 10 + CN_SMALL.indexOf(s[1]!) + 1;
  return undefined;
}

/** Elements of an enumeration "A、B和C" right before a count (大运河、长城、西山永定河三条文化带). */
function listLength(segment: string): number {
  const parts = segment.split(/、|和|与|及/);
  return parts.length;
}

/** True when a count only restates how many items the list before it names (gold: 两个台阶 is folded). */
function isAppositionCount(text: string, m: Mention): boolean {
  if (m.q.kind !== 'count' || m.postEnd === m.tail) return false;
  const seg = text.slice(m.clauseStart, m.q.start);
  if (!/[、和与及]/.test(seg) || seg.includes('等')) return false;
  const last = seg[seg.length - 1]!;
  if (/[的了在为是]/.test(last)) return false;
  return listLength(seg) === m.q.value;
}

/** A count that heads an enumeration (设置了29项主要指标，包括：…) or counts 方面. */
function isEnumerationHeader(text: string, m: Mention): boolean {
  if (m.q.kind !== 'count') return false;
  const post = text.slice(m.tail, m.postEnd);
  // Counts of the plan's own parts (八个方面, 24个主要指标, 16个预期性指标) describe the report, not the work.
  if (/^(个)?方面/.test(post) || /^(主要|预期性|约束性|核心|关键|具体)?指标$/.test(post)) return true;
  const after = text.slice(m.postEnd, m.postEnd + 4);
  return /^(：|，包括|，即|，分别是|:)/.test(after);
}

/** A bounded figure that defines the thing counted later in the clause (超100万元的示范村2个以上). */
function isThreshold(m: Mention, prev: Mention | undefined, next: Mention | undefined): boolean {
  if (!m.cmp.bounded) return false;
  if (next && next.clauseStart === m.clauseStart && m.postEnd >= next.q.start) return true;
  // 23个投资额百亿元以上重大工业项目: an amount bound right before the noun a count before it counts.
  return (
    prev !== undefined &&
    prev.q.kind === 'count' &&
    prev.clauseStart === m.clauseStart &&
    prev.postEnd >= m.q.start &&
    m.postEnd > m.tail &&
    m.q.kind === 'money'
  );
}

/** "从75.6%提升至76.5%": the figure after 从/由 is the starting point of the change to the next one. */
const CHANGE_TO =
  /^[^，、；。]{0,8}?(提高|提升|增加|上升|增长|下降|降低|减少|扩大|缩小|压缩|缩短|压减|降|增|升)(到|至)|^[^，、；。]{0,8}?(整合|调整|合并|精简)为/;
function isBaseline(text: string, m: Mention, next: Mention | undefined): boolean {
  if (!next || next.clauseStart !== m.clauseStart || next.sentStart !== m.sentStart) return false;
  if (!/(从|由)[^，、]{0,8}$/.test(text.slice(m.preStart, m.headStart))) return false;
  return CHANGE_TO.test(text.slice(m.tail, next.q.start));
}

/** The value of 连续N年 said before the figure in its clause, if any. */
function streakBefore(text: string, m: Mention): number | undefined {
  const s = STREAK.exec(text.slice(m.clauseStart, m.q.start));
  return s ? smallNumber(s[1]!) : undefined;
}

interface SentenceState {
  subject?: string;
  /** The words before the last leading count (累计创建42个示范村、22个示范片区 → 累计创建). */
  countLead?: string;
  drafts: Draft[];
}

/** Builds drafts for the mentions of one paragraph. */
export function buildDrafts(text: string, mentions: Mention[], role: Role): Draft[] {
  const out: Draft[] = [];
  if (mentions.length === 0) return out;
  const para = mentions[0]!.para;
  const starts = sentenceStarts(text, para);
  const sentences = new Map<number, SentenceState>();
  let lowerBound: Draft | undefined;
  let carriedStart: number | undefined;
  let baseline: Draft | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // The words of a skipped threshold belong to the figure after it (培育年经营收入超100万元的示范村2个以上).
    if (carriedStart !== undefined) {
      m.preStart = carriedStart;
      carriedStart = undefined;
    }
    const group = respectivelyGroup(text, mentions, i);
    if (group.length >= 2) {
      const state = sentences.get(m.sentenceIndex) ?? { drafts: [] };
      sentences.set(m.sentenceIndex, state);
      const drafts = respectivelyDrafts(text, group, role, state.drafts);
      for (const d of drafts) {
        state.drafts.push(d);
        out.push(d);
      }
      i += group.length - 1;
      continue;
    }
    const next = mentions[i + 1];
    const prevMention = mentions[i - 1];
    const state = sentences.get(m.sentenceIndex) ?? { drafts: [] };
    sentences.set(m.sentenceIndex, state);
    const prevDraft = state.drafts[state.drafts.length - 1];
    const pre = text.slice(m.preStart, m.headStart);
    const cleanedPre = cleanPre(dropExamples(pre));

    if (isThreshold(m, prevMention, next)) {
      carriedStart = m.preStart;
      continue;
    }
    if (isAppositionCount(text, m) || isEnumerationHeader(text, m)) continue;
    if (isBaseline(text, m, next)) {
      const d = baselineDraft(text, m);
      baseline = d;
      state.drafts.push(d);
      out.push(d);
      continue;
    }

    // ratio_to_plan and yoy_pct belong to the figure before (gold/README.md).
    const clausePre = text.slice(m.clauseStart, m.headStart).replace(/^(并|且|已|共|累计)+/, '');
    if (m.q.unit === '%' && prevDraft && RATIO_TO_PLAN.test(clausePre)) {
      prevDraft.ratio_to_plan = m.q.value;
      continue;
    }
    if (m.q.unit === '%' && prevDraft && GROWTH_ONLY.test(cleanedPre) && prevDraft.unitKind !== 'percent') {
      if (prevDraft.unitKind !== 'points' && prevDraft.yoy_pct === undefined && !prevDraft.growthOnly) {
        prevDraft.yoy_pct = FALLING.test(cleanedPre) ? -m.q.value : m.q.value;
        continue;
      }
    }

    const kindInfo = readKind(text, m, role);
    const sentenceBefore = wordsBefore(text, m);
    const draft: Draft = {
      kind: kindInfo.kind,
      start: m.preStart,
      end: Math.max(m.tail, m.postEnd),
      indicator: '',
      comparator: m.cmp.comparator,
      value: m.q.value,
      unit: m.q.unit,
      unitKind: m.q.kind,
      modality: readModality(sentenceBefore),
      sentenceIndex: m.sentenceIndex,
    };
    if (kindInfo.estimate) draft.estimate = true;
    if (para.period !== undefined) draft.period = para.period;
    if (m.q.kind === 'rank') draft.comparator = m.q.rankTop ? '<=' : '=';
    if (/超额完成/.test(pre) || m.q.floor) draft.comparator = '>=';
    const streak = streakBefore(text, m);
    if (streak !== undefined) draft.streak_years = streak;

    // Indicator: the words before the number, plus the noun after a leading count.
    const post = m.q.rangeLower ? '' : cleanPost(text.slice(m.tail, m.postEnd));
    let indicator = cleanedPre;
    const coordinated =
      prevDraft !== undefined &&
      prevDraft.leadCount !== true &&
      cleanedPre === '' &&
      text[m.preStart - 1] === '、' &&
      prevDraft.unit === m.q.unit;
    if (coordinated) {
      // 迈上4万亿、5万亿: a figure coordinated with the one before shares its indicator and comparator.
      indicator = prevDraft.indicator;
      if (draft.comparator === '=') draft.comparator = prevDraft.comparator;
    } else if (cleanedPre === '' && post !== '') {
      // 实施…的13个城市更新项目: the clause's verb still governs the count; after 、 the last one does.
      const verb = leadingVerb(cleanPre(text.slice(m.clauseStart, m.headStart)));
      indicator = verb !== '' ? verb : (state.countLead ?? '');
    } else if (/^占/.test(cleanedPre) && prevDraft) {
      // 占全部企业超两成: a share of the subject just counted.
      indicator = prevDraft.indicator + cleanedPre;
    } else if (isBareMeasure(cleanedPre) && prevDraft && post === '') {
      const subject = state.subject;
      if (LIGHT_VERB.test(cleanedPre) && subject) {
        indicator = subject + cleanedPre.replace(/^实现/, '');
      } else if (!LIGHT_VERB.test(cleanedPre)) {
        indicator = prevDraft.indicator + (cleanedPre || measureOfUnit(m.q.unit));
      }
    }
    if (post !== '' && !coordinated) {
      if (cleanedPre !== '') state.countLead = cleanedPre;
      indicator += post;
      draft.leadCount = true;
    }
    // A figure qualifying the counted noun after 的 (总投资5亿元的13个城市更新项目) names that noun.
    if (next && text[m.tail] === '的' && next.q.start === m.tail + 1 && next.q.kind === 'count') {
      const noun = cleanPost(text.slice(next.tail, next.postEnd));
      if (noun !== '') indicator = noun + dropLeadingVerb(cleanedPre);
    }
    draft.indicator = indicator;
    if (GROWTH_ONLY.test(cleanedPre)) draft.growthOnly = true;

    // A count that runs straight into another figure only describes that figure's subject.
    const nextFigure = next && isThreshold(next, m, mentions[i + 2]) ? undefined : next;
    if (
      m.q.kind === 'count' &&
      nextFigure &&
      m.postEnd > m.tail &&
      m.postEnd >= nextFigure.q.start &&
      nextFigure.q.kind !== 'count'
    ) {
      draft.optional = true;
      draft.end = m.tail;
    }

    if (state.drafts.length === 0 && !draft.optional) {
      const subject = leadingSubject(indicator);
      if (subject && isBareHead(subject)) {
        // The antecedent of 园区 is a few sentences back at most.
        const first = Math.max(0, m.sentenceIndex - 8);
        const before = starts
          .slice(first, m.sentenceIndex)
          .map((st, k) => text.slice(st, starts[first + k + 1] ?? para.end));
        state.subject = resolveBareHead(subject, before) ?? subject;
      } else if (subject) {
        state.subject = subject;
      }
    }
    if (baseline) {
      draft.indicator = baseline.indicator;
      draft.start = baseline.start;
      baseline = undefined;
    }
    // A range 4.5%-5% gives `>=` the lower and `<=` the upper bound on one span (gold/README.md).
    if (lowerBound) {
      draft.comparator = '<=';
      draft.indicator = lowerBound.indicator;
      draft.start = lowerBound.start;
      lowerBound.end = draft.end;
      lowerBound = undefined;
    }
    if (m.q.rangeLower) {
      draft.comparator = '>=';
      lowerBound = draft;
    }
    for (const d of splitShared(text, m, draft)) {
      state.drafts.push(d);
      out.push(d);
    }
  }
  return out;
}

/** The mentions of a "分别" list starting at i: same clause, 分别 before the first number. */
function respectivelyGroup(text: string, mentions: Mention[], i: number): Mention[] {
  const m = mentions[i]!;
  const before = text.slice(m.clauseStart, m.q.start);
  if (!before.includes('分别')) return [];
  const prev = mentions[i - 1];
  if (prev && prev.clauseStart === m.clauseStart && prev.sentStart === m.sentStart) return [];
  const group = [m];
  for (let k = i + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    if (n.clauseStart !== m.clauseStart || n.sentStart !== m.sentStart) break;
    group.push(n);
  }
  return group;
}

/** Completes shortened list parts: 入园率和普惠率 → 适龄儿童普惠率; 食品、药品抽检合格率 → 食品抽检合格率. */
export function completeParts(parts: string[]): string[] {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // Short heads of one length share the last part's tail (城镇、农村居民收入; 食品、药品抽检合格率).
  const heads = parts.slice(0, -1);
  const width = first.length;
  const maxWidth = heads.length === 1 ? 2 : 3;
  const sharedTail = width <= maxWidth && heads.every((h) => h.length === width) && last.length >= width + 2;
  return parts.map((p, k) => {
    if (k > 0 && p.length < first.length && first.endsWith(p.slice(-1))) {
      return first.slice(0, first.length - p.length) + p;
    }
    if (k < parts.length - 1 && sharedTail && !p.endsWith(last.slice(-1))) return p + last.slice(width);
    return p;
  });
}

/** "城乡居民收入分别增长5%、7%" gives one item per value, all on the clause's span (gold/README.md). */
function respectivelyDrafts(text: string, group: Mention[], role: Role, earlier: Draft[]): Draft[] {
  const first = group[0]!;
  const before = text.slice(first.clauseStart, first.q.start);
  const at = before.indexOf('分别');
  let subject = cleanPre(before.slice(0, at));
  const verb = cleanPre(before.slice(at + 2).replace(/(从|由).*$/, '')).replace(
    /(达到|达|超过|超|为|是|在|控制在|稳定在|保持在)$/,
    '',
  );
  // "…吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%": the subjects are the list before.
  const previous = subject === '' ? previousList(earlier, group.length) : undefined;
  const levels = previous?.every((d) => d.unitKind !== 'percent' && d.unitKind !== 'points');
  if (previous && levels && GROWTH_ONLY.test(verb) && group.every((m) => m.q.unit === '%')) {
    previous.forEach((d, k) => {
      d.yoy_pct = FALLING.test(verb) ? -group[k]!.q.value : group[k]!.q.value;
    });
    return [];
  }
  if (subject === '' && !previous) subject = previousClause(text, first);
  // 分别从209元、280元提高到217元、290元: the first half are the starting points.
  const turn = group.findIndex((m, k) => k > 0 && CHANGE_TO.test(text.slice(group[k - 1]!.tail, m.q.start)));
  const baselines = turn > 0 && turn * 2 === group.length ? group.slice(0, turn) : [];
  const values = baselines.length > 0 ? group.slice(turn) : group;
  const split = subject.split(/、|和|及|与/).filter((p) => p.length > 0);
  let parts = split.length === values.length ? completeParts(split) : values.map(() => subject);
  if (previous && previous.length === values.length) parts = previous.map((d) => d.indicator);
  const last = values[values.length - 1]!;
  // 10.6万、3.8万、3.3万平方公里: a bare magnitude takes the unit of the last figure.
  const unitOf = (m: Mention): string =>
    /^[万亿]+$/.test(m.q.unit) ? m.q.unit + last.q.unit.replace(/^[万亿]+/, '') : m.q.unit;
  // "分别增长4.5%、5.5%左右": a comparator word after the last figure applies to the whole list.
  const trailing = last.cmp.afterLength > 0 ? last.cmp.comparator : undefined;
  const modality = readModality(wordsBefore(text, first));
  const make = (m: Mention, k: number, isBaseline: boolean): Draft => {
    // 左右 wins over 达到 (gold/README.md), also when written once after the list.
    const own =
      trailing === '~'
        ? '~'
        : m.cmp.comparator !== '='
          ? m.cmp.comparator
          : (trailing ?? first.cmp.comparator);
    const kindInfo = readKind(text, m, role);
    const d: Draft = {
      kind: isBaseline ? 'actual' : kindInfo.kind,
      start: first.clauseStart,
      end: last.tail,
      indicator: parts[k]! + verb,
      comparator: isBaseline ? '=' : own,
      value: m.q.value,
      unit: unitOf(m),
      unitKind: m.q.kind,
      modality,
      sentenceIndex: m.sentenceIndex,
    };
    if (isBaseline) d.optional = true;
    if (kindInfo.estimate) d.estimate = true;
    if (m.para.period !== undefined) d.period = m.para.period;
    return d;
  };
  return [...baselines.map((m, k) => make(m, k, true)), ...values.map((m, k) => make(m, k, false))];
}

/** The last `n` figures of the sentence, which a 分别 list without a subject of its own refers to. */
function previousList(earlier: Draft[], n: number): Draft[] | undefined {
  const list = earlier.filter((d) => !d.optional);
  return list.length >= n ? list.slice(list.length - n) : undefined;
}

/** The clause before a figure's clause in the same sentence, cleaned (万亿产业、先进制造业集群从无到有). */
function previousClause(text: string, m: Mention): string {
  const head = text.slice(m.sentStart, Math.max(m.sentStart, m.clauseStart - 1));
  const at = Math.max(head.lastIndexOf('，'), head.lastIndexOf('：'));
  return cleanPre(head.slice(at + 1)).replace(/(从无到有|实现|达到|达)$/, '');
}

/** The starting point of a change (从75.6%提升至…): an optional actual (gold/README.md). */
function baselineDraft(text: string, m: Mention): Draft {
  const pre = text.slice(m.preStart, m.headStart);
  const at = Math.max(pre.lastIndexOf('从'), pre.lastIndexOf('由'));
  const d: Draft = {
    kind: 'actual',
    start: m.preStart,
    end: m.tail,
    indicator: cleanPre(dropExamples(pre.slice(0, at))),
    comparator: m.cmp.comparator,
    value: m.q.value,
    unit: m.q.unit,
    unitKind: m.q.kind,
    modality: 'plain',
    sentenceIndex: m.sentenceIndex,
    optional: true,
  };
  if (m.para.period !== undefined) d.period = m.para.period;
  return d;
}

/** The sentence before a figure, at most 200 characters back (sentences in damaged text can be huge). */
function wordsBefore(text: string, m: Mention): string {
  return text.slice(Math.max(m.sentStart, m.q.start - 200), m.q.start);
}

/** Target or actual: the paragraph's role, unless the sentence says 预计 (an estimate of a past result). */
function readKind(text: string, m: Mention, role: Role): { kind: 'target' | 'actual'; estimate?: boolean } {
  const before = wordsBefore(text, m);
  if (/预计/.test(before)) return { kind: 'actual', estimate: true };
  return { kind: role === 'plan' ? 'target' : 'actual' };
}

/**
 * "A、B全部达到100%" gives one item per indicator with the same span (gold/README.md); other drafts
 * pass through unchanged.
 */
function splitShared(text: string, m: Mention, draft: Draft): Draft[] {
  const pre = text.slice(m.preStart, m.q.start);
  const shared = /(全部|均|都)(达到|达|为|实现|保持|超过|在)?$/.exec(pre);
  if (!shared) return [draft];
  const subject = cleanPre(pre.slice(0, shared.index));
  const parts = subject.split(/、|和|及|与/).filter((p) => p.length > 0);
  if (parts.length < 2) return [draft];
  return parts.map((p) => ({ ...draft, indicator: p, start: m.clauseStart }));
}

export { smallNumber };
