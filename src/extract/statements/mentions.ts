// Clause segmentation: places every quantity in its paragraph, sentence and clause, and decides which
// words around it belong to it (the words before the number, the noun after a leading count).

import { type ComparatorWords, readComparator } from './comparators';
import type { Paragraph } from './context';
import type { Quantity } from './quantities';

export interface Mention {
  q: Quantity;
  para: Paragraph;
  /** Index of the sentence within its paragraph. */
  sentenceIndex: number;
  sentStart: number;
  sentEnd: number;
  clauseStart: number;
  clauseEnd: number;
  /** Start of the words before the number that belong to this quantity. */
  preStart: number;
  /** End of the quantity with its trailing comparator word (以上, 左右). */
  tail: number;
  /** End of the noun after the quantity (for a leading count), or `tail`. */
  postEnd: number;
  /** Start of the number with its leading comparator word (超, 不少于). */
  headStart: number;
  cmp: ComparatorWords;
}

/**
 * Every mark that ends a sentence, a clause or the noun after a count. findQuantities collects their
 * positions in its pass over the text, so the paragraphs are not scanned again.
 */
export const PUNCTUATION = '。！？；!?;，：,:、（(';

/** Marks by UTF-16 code unit: a sentence end, a clause end, or a mark that only ends the noun after a count. */
const SENTENCE_END = 1;
const CLAUSE_END = 2;
const NOUN_END = 3;
const MARK_AT = new Uint8Array(0x10000);
for (const ch of '。！？；!?;') MARK_AT[ch.charCodeAt(0)] = SENTENCE_END;
for (const ch of '，：,:') MARK_AT[ch.charCodeAt(0)] = CLAUSE_END;
for (const ch of '、（(') MARK_AT[ch.charCodeAt(0)] = NOUN_END;

interface Marks {
  /** Sentence start indices, in order. */
  starts: number[];
  /** Positions of clause ends (，：。；！？). */
  clause: number[];
}

/**
 * The marks of the last paragraph scanned: buildDrafts asks for the sentence starts of the paragraph whose
 * mentions were just built, so one pass serves both.
 */
let last: { text: string; para: Paragraph; marks: Marks } | undefined;

/**
 * The marks of a paragraph, from the sorted positions of PUNCTUATION in the text when given, else by a
 * pass over the paragraph.
 */
function paragraphMarks(text: string, para: Paragraph, punctuation?: number[]): Marks {
  if (last !== undefined && last.para === para && last.text === text) return last.marks;
  const marks: Marks = { starts: [para.start], clause: [] };
  if (punctuation) {
    for (let k = firstAtOrAfter(punctuation, para.start); k < punctuation.length; k++) {
      const i = punctuation[k]!;
      if (i >= para.end) break;
      addMark(marks, text, para, i);
    }
  } else {
    for (let i = para.start; i < para.end; i++)
      if (MARK_AT[text.charCodeAt(i)] !== 0) addMark(marks, text, para, i);
  }
  cutLong(marks, para.end);
  last = { text, para, marks };
  return marks;
}

/**
 * Longest sentence read as one, in characters. Longer runs are damaged text (figures strung together
 * without a full stop; the corpus's longest sentence has 500 characters): for naming they are cut after
 * the first clause mark past this length (or every 2 × MAX_SENTENCE characters when no clause mark
 * comes), so what a figure inherits from its sentence (subject, the figures before it) stays bounded and
 * the engine linear.
 */
export const MAX_SENTENCE = 1000;

/** Starts a sentence every 2 × MAX_SENTENCE characters of a run without a clause mark before `to`. */
function cutLong(marks: Marks, to: number): void {
  let last = marks.starts[marks.starts.length - 1]!;
  while (to - last > 2 * MAX_SENTENCE) {
    last += 2 * MAX_SENTENCE;
    marks.starts.push(last);
  }
}

function addMark(marks: Marks, text: string, para: Paragraph, i: number): void {
  cutLong(marks, i);
  const mark = MARK_AT[text.charCodeAt(i)]!;
  if (mark === NOUN_END) return;
  marks.clause.push(i);
  if (i + 1 >= para.end) return;
  if (mark === SENTENCE_END || i + 1 - marks.starts[marks.starts.length - 1]! > MAX_SENTENCE)
    marks.starts.push(i + 1);
}

/** Drops the marks kept from the last paragraph, so a finished run holds no reference to its text. */
export function releaseMarks(): void {
  last = undefined;
}

/** Sentence start indices of a paragraph, in order (shared: do not modify). */
export function sentenceStarts(text: string, para: Paragraph): number[] {
  return paragraphMarks(text, para).starts;
}

/** Longest clause looked at, in characters. */
const MAX_CLAUSE = 300;

/** A short aside in brackets inside a noun (县（区）, 乡镇（街道）): no figure, no verb of including. */
const BRACKET_ASIDE =
  /^[（(](?!含|包括|其中|即|约|占)[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){0,6}[）)]/;
/** Words opening a part that is a clause of its own, not a noun (完善…, 推动…, 实现…). */
const CLAUSE_OPENER =
  /^(推动|推进|完成|实施|建设|新建|改造|打造|创建|新增|培育|引进|开展|举办|推出|建成|开工|提升|支持|组建|落地|布局|打通|开通|优化|推广|加快|持续|深化|强化|加强|完善|坚持|积极|大力|着力|全面|扎实|稳步|扩大|提高|促进|巩固|拓展|实现|发放|办理|帮助|带动|惠及|覆盖|保障|服务|新改|改扩|整治|治理|累计|全年|其中|同时|并|均|分别|增长|下降|达到|达|占)/;

/** Marks that close a clause: a noun run on over 、 must reach one (not the next figure). */
const CLAUSE_CLOSE = new Set([...'，。；：！？,;:!?\n']);
/** A predicate inside a part after 、 makes it a clause of its own. */
const PREDICATE_IN_PART =
  /(居|位列|达到|达|增长|下降|提高|降低|实现|超过|突破|占|消除|解决|化解|减少|形成|获得|取得|在[^\u4e00-\u9fff]?[^，]{0,3}$)/;

/**
 * The end of the noun after a count that runs on past a mark (gold/README.md: the indicator in the
 * report's words): over a short aside in brackets (9个县（区）获评…), and over 、 to a part without a
 * figure or a verb of its own that ends its clause (49个机关、企事业单位附属空间对外开放共享), which
 * lists more of the counted things, not another commitment.
 */
function nounRunOn(text: string, at: number, ceil: number, post: number[], pt: number): number {
  let end = at;
  for (let k = pt, guard = 0; guard < 4 && end < ceil; guard++) {
    const c = text[end];
    if (c === '（' || c === '(') {
      const aside = BRACKET_ASIDE.exec(text.slice(end, end + 9));
      if (!aside) return end;
      end += aside[0].length;
    } else if (c === '、') {
      const from = end + 1;
      while (k < post.length && post[k]! < from) k++;
      const partEnd = Math.min(ceil, post[k] ?? ceil);
      // The part must close the clause with no figure after it (a next figure would be its own item), and
      // open with no verb and hold no predicate (规模居全国前列, 消除在萌芽: a clause of its own).
      const part = text.slice(from, partEnd);
      if (partEnd !== ceil || !CLAUSE_CLOSE.has(text[partEnd] ?? '。')) return end;
      if (CLAUSE_OPENER.test(part) || PREDICATE_IN_PART.test(part)) return end;
      end = partEnd;
      continue;
    } else return end;
    while (k < post.length && post[k]! < end) k++;
    end = Math.max(end, Math.min(ceil, post[k] ?? ceil));
  }
  return end;
}

/** Index of the first element of the sorted `arr` that is >= x (arr.length if none). */
export function firstAtOrAfter(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first element of the sorted `arr` that is >= x, moving from `c`, the answer for an earlier
 * x: the figures of a paragraph come in order, so each search is a step or two rather than a bisection.
 */
function seek(arr: number[], x: number, c: number): number {
  let k = c;
  while (k > 0 && arr[k - 1]! >= x) k--;
  while (k < arr.length && arr[k]! < x) k++;
  return k;
}

/**
 * Builds the mentions of one paragraph. `isTarget` gives the paragraph's default kind, needed because
 * 达到 reads as a floor only on targets. `punctuation` holds the sorted positions of PUNCTUATION in the
 * text, as findQuantities collects them.
 */
export function paragraphMentions(
  text: string,
  para: Paragraph,
  qs: Quantity[],
  isTarget: boolean,
  punctuation: number[],
): Mention[] {
  const { starts, clause } = paragraphMarks(text, para, punctuation);
  // Every mark of PUNCTUATION ends the noun after a count, so the ends are `punctuation` itself (read
  // from the paragraph start; a mark past the paragraph end stops the noun no later than its clause end).
  const post = punctuation;
  const out: Mention[] = [];
  let s = 0;
  // Cursors into clause (at the figure's start and end) and post (at its tail).
  let cs = 0;
  let ce = 0;
  let pt = firstAtOrAfter(post, para.start);
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    while (s + 1 < starts.length && starts[s + 1]! <= q.start) s++;
    const sentStart = starts[s]!;
    const sentEnd = s + 1 < starts.length ? starts[s + 1]! : para.end;
    cs = seek(clause, q.start, cs);
    ce = seek(clause, q.end, Math.max(ce, cs));
    // Clauses are short; damaged text without punctuation must not make every clause the whole paragraph:
    // a longer run is read in blocks of MAX_CLAUSE characters from its start, each a clause of its own
    // (reaching up to MAX_CLAUSE past the block, for the words after its last figure). Every figure of a
    // block shares its clause, so its words start where the figure before's ended, not a window back.
    const runStart = Math.max(sentStart, cs > 0 ? clause[cs - 1]! + 1 : para.start);
    const clauseStart = runStart + MAX_CLAUSE * Math.floor((q.start - runStart) / MAX_CLAUSE);
    // (Never before the figure's end: a sentence cut inside a run without marks may cut through a figure.)
    const clauseEnd = Math.max(
      q.end,
      Math.min(sentEnd, clause[ce] ?? para.end, clauseStart + 2 * MAX_CLAUSE),
    );
    const prev = out[out.length - 1];
    const sameClause = prev !== undefined && prev.clauseStart === clauseStart && prev.sentStart === sentStart;
    // Words before the number belong to it from the clause start, or from where the previous quantity's
    // words ended in the same clause (after a 、 between them).
    let preStart = clauseStart;
    if (sameClause) {
      // A noun that runs straight into this number is shared: 78个[省市重点项目完成投资]131.5亿元.
      preStart = prev.postEnd >= q.start ? prev.tail : prev.postEnd;
      if (text[preStart] === '、') preStart++;
    }
    const share = q.kind === 'percent' || q.kind === 'share';
    const from = Math.max(preStart, q.start - 12);
    const cmp = readComparator(
      text,
      from,
      q.start,
      q.end,
      Math.min(q.end + 3, clauseEnd),
      isTarget,
      q.approx,
      share,
    );
    const tail = q.end + cmp.afterLength;
    const next = qs[k + 1];
    const ceil = next && next.start < clauseEnd ? next.start : clauseEnd;
    pt = seek(post, tail, pt);
    let postEnd = Math.max(tail, Math.min(ceil, post[pt] ?? para.end));
    if (postEnd > tail && postEnd < ceil && q.kind === 'count')
      postEnd = nounRunOn(text, postEnd, ceil, post, pt);
    out.push({
      q,
      para,
      sentenceIndex: s,
      sentStart,
      sentEnd,
      clauseStart,
      clauseEnd,
      preStart,
      tail,
      postEnd,
      headStart: q.start - cmp.beforeLength,
      cmp,
    });
  }
  return out;
}
