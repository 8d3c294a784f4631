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

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，：,:]/;
/** Characters that end the noun after a count. */
const POST_STOP = /[，：、；。！？,:;!?（(]/;

/** Sentence start indices of a paragraph, in order. */
export function sentenceStarts(text: string, para: Paragraph): number[] {
  const starts = [para.start];
  for (let i = para.start; i < para.end; i++) {
    if (SENTENCE_END.test(text[i]!) && i + 1 < para.end) starts.push(i + 1);
  }
  return starts;
}

function lastBoundary(text: string, from: number, floor: number, re: RegExp): number {
  for (let i = from - 1; i >= floor; i--) if (re.test(text[i]!)) return i + 1;
  return floor;
}

function nextBoundary(text: string, from: number, ceil: number, re: RegExp): number {
  for (let i = from; i < ceil; i++) if (re.test(text[i]!)) return i;
  return ceil;
}

/**
 * Builds the mentions of one paragraph. `isTarget` gives the paragraph's default kind, needed because
 * 达到 reads as a floor only on targets.
 */
export function paragraphMentions(
  text: string,
  para: Paragraph,
  qs: Quantity[],
  isTarget: boolean,
): Mention[] {
  const starts = sentenceStarts(text, para);
  const out: Mention[] = [];
  let s = 0;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    while (s + 1 < starts.length && starts[s + 1]! <= q.start) s++;
    const sentStart = starts[s]!;
    const sentEnd = s + 1 < starts.length ? starts[s + 1]! : para.end;
    const clauseStart = lastBoundary(text, q.start, sentStart, CLAUSE_END);
    const clauseEnd = nextBoundary(text, q.end, sentEnd, /[，：,:。！？；!?;]/);
    const after = text.slice(q.end, Math.min(q.end + 3, clauseEnd));
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
    const beforeWords = text.slice(Math.max(preStart, q.start - 6), q.start);
    const cmp = readComparator(beforeWords, after, isTarget, q.approx);
    const tail = q.end + cmp.afterLength;
    const next = qs[k + 1];
    const ceil = next && next.start < clauseEnd ? next.start : clauseEnd;
    const postEnd = Math.max(tail, nextBoundary(text, tail, ceil, POST_STOP));
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

export { CLAUSE_END };
