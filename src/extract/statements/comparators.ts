// Comparators and modality words (gold/README.md `comparator`; DOMAIN.md §4 vocabulary table).

import type { Comparator, Modality } from '../types';

/** Words right after a quantity: 以上/以下/以内/左右 (以上 and 以下 include the number, DOMAIN.md §4). */
const AFTER: [string, Comparator][] = [
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
  ['内', '<='],
];
/** The characters AFTER's words start with (a quick test before the list). */
const AFTER_STARTS = new Set([...'以之左上内'].map((c) => c.charCodeAt(0)));

/** Words right before a quantity, longest first. 达到 is a floor on targets and a plain value on actuals. */
const BEFORE: [string, Comparator | 'reach' | 'to'][] = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['控制在', '<='],
  ['保持在', 'reach'],
  ['稳定在', 'reach'],
  ['超过', '>='],
  ['迈上', '>='],
  // 跃上500亿斤台阶, 跨上新台阶: a level reached like 迈上.
  ['跃上', '>='],
  ['跨上', '>='],
  ['突破', '>='],
  ['至少', '>='],
  ['多于', '>='],
  // 低于每立方米19微克: a ceiling written right before its figure (a gap against a benchmark, 低于全国0.5个
  // 百分点, has the benchmark between and stays plain, gold/README.md).
  ['低于', '<='],
  ['大于', '>='],
  ['逾', '>='],
  ['超', '>='],
  // 上千家, 上亿人: 上 before a round scale reaches it, a floor like 超千 (超过 → `>=`, gold/README.md).
  ['上', '>='],
  ['接近', '~'],
  ['将近', '~'],
  ['大约', '~'],
  ['约', '~'],
  ['近', '~'],
  ['达到', 'reach'],
  ['达', 'reach'],
  ['提升至', 'to'],
  ['提升到', 'to'],
  ['提高到', 'to'],
  ['提高至', 'to'],
  ['增加到', 'to'],
  ['增加至', 'to'],
  ['增至', 'to'],
  ['降至', 'to'],
  ['降到', 'to'],
  ['下降到', 'to'],
  ['下降至', 'to'],
  ['降低到', 'to'],
  ['降低至', 'to'],
  ['缩小至', 'to'],
  ['缩短至', 'to'],
  ['压缩至', 'to'],
  // 建成区面积扩大到28.6平方公里, 事项拓展至30项: more verbs of a change to a level.
  ['扩大到', 'to'],
  ['扩大至', 'to'],
  ['扩展到', 'to'],
  ['扩展至', 'to'],
  ['拓展到', 'to'],
  ['拓展至', 'to'],
  ['缩小到', 'to'],
  ['缩短到', 'to'],
  ['减少到', 'to'],
  ['减少至', 'to'],
  ['压减至', 'to'],
  ['压减到', 'to'],
  ['压缩到', 'to'],
];

/** Words between a verb and the number that only link them (分别达, 累计达, 首次突破, 均达到). */
const LINKS = ['分别', '累计', '首次', '均', '全部', '都', '已', '稳步', '历史性'];

/** Characters that, before a one-character comparator, make it part of another word (签约, 附近, 到达). */
/** Characters that make 上 the end of a word (以上, 迈上, 跨上, 线上, 新上): then it bounds no figure. */
export const NOT_AFTER_UP = '以跨迈跃登走踏攀爬冲赶向往线网马新早晚之至北';

const NOT_AFTER: Record<string, string> = {
  上: NOT_AFTER_UP,
  约: '签合制节公条预契大',
  近: '附最接将邻亲贴临',
  超: '赶',
  达: '到抵送发表传通下',
  逾: '',
};

/** True when `word`, ending at `at`, is the tail of a longer word (签约 is not 约); `from` bounds the look. */
function partOfWord(text: string, from: number, at: number, word: string): boolean {
  const guard = NOT_AFTER[word];
  if (guard === undefined || guard === '') return false;
  const k = at - word.length - 1;
  return k >= from && guard.includes(text[k]!);
}

/** Whether `word` ends at `at` and starts at or after `from`. */
function endsAt(text: string, from: number, at: number, word: string): boolean {
  return at - word.length >= from && text.startsWith(word, at - word.length);
}

/** A benchmark between a comparator and its number: 占全国, 为全国平均的, 全球. */
const REFERENCE = /(为|占)?(全国|全省|全市|全区|全县|全球|世界)(平均水平|平均|增量|总量)?的?$/;
/** The characters REFERENCE can end on (a quick test before the unanchored regex). */
const REFERENCE_ENDS = new Set([...'的国省市区县球界平均量'].map((c) => c.charCodeAt(0)));

/** BEFORE grouped by last character, in BEFORE's order (a word can only end `before` on its last one). */
const BEFORE_BY_END = new Map<number, [string, Comparator | 'reach' | 'to'][]>();
for (const entry of BEFORE) {
  const end = entry[0].charCodeAt(entry[0].length - 1);
  BEFORE_BY_END.set(end, [...(BEFORE_BY_END.get(end) ?? []), entry]);
}
// Longest first within each ending, so 下降至 is read whole rather than as 降至 after a stray 下.
for (const list of BEFORE_BY_END.values()) list.sort((a, b) => b[0].length - a[0].length);
const NO_WORD = { cmp: undefined, length: 0 } as const;

/** The comparator word ending at `at`, within text[from, at). */
function wordBefore(
  text: string,
  from: number,
  at: number,
): { cmp: Comparator | 'reach' | 'to' | undefined; length: number } {
  if (at <= from) return NO_WORD;
  const candidates = BEFORE_BY_END.get(text.charCodeAt(at - 1));
  if (candidates === undefined) return NO_WORD;
  for (const [word, cmp] of candidates) {
    if (endsAt(text, from, at, word) && !partOfWord(text, from, at, word))
      return { cmp, length: word.length };
  }
  return NO_WORD;
}

/** The comparator word right after a quantity ending at `at`, within text[at, limit). */
function wordAfter(text: string, at: number, limit: number): [string, Comparator] | undefined {
  if (!AFTER_STARTS.has(text.charCodeAt(at))) return undefined;
  for (const entry of AFTER) {
    if (at + entry[0].length <= limit && text.startsWith(entry[0], at)) return entry;
  }
  return undefined;
}

/** Measures whose 均 is part of their name (年均, 人均, 平均), not the link 均 (均达到). */
const MEASURE_JUN = new Set([...'年人平户日月亩'].map((c) => c.charCodeAt(0)));

export interface ComparatorWords {
  /** Length of the comparator word right after the quantity (以上 → 2), 0 if none. */
  afterLength: number;
  /** Length of the comparator word(s) right before the quantity, 0 if none. */
  beforeLength: number;
  comparator: Comparator;
  /** A ceiling or floor word was present (used to spot thresholds inside a definition). */
  bounded: boolean;
}

/**
 * Reads the comparator of a quantity from the words around it: text[from, start) before the number,
 * text[end, limit) after it. Read in place, without slicing the words out (one call per figure).
 */
export function readComparator(
  text: string,
  from: number,
  start: number,
  end: number,
  limit: number,
  isTarget: boolean,
  approx: boolean,
  share = false,
): ComparatorWords {
  const a = wordAfter(text, end, limit);
  const afterCmp = a?.[1];
  let { cmp: beforeCmp, length: beforeLength } = wordBefore(text, from, start);
  // A gap in points against a benchmark (超过全国平均水平0.28个百分点) is a plain value (gold/README.md).
  if (beforeCmp === undefined && share && start > from && REFERENCE_ENDS.has(text.charCodeAt(start - 1))) {
    // 超过全球一半, 约占全国1/10, 分别约为全国平均的70%: the comparator governs the number across the
    // reference it is measured against; the reference stays in the indicator words.
    const ref = REFERENCE.exec(text.slice(from, start));
    if (ref && ref[0].length > 0) beforeCmp = wordBefore(text, from, from + ref.index).cmp;
  }
  if (beforeLength > 0) {
    const restEnd = start - beforeLength;
    for (const link of LINKS) {
      // 年均超过, 人均达到: that 均 belongs to the measure (年均, 人均, 平均), not to the link.
      if (
        endsAt(text, from, restEnd, link) &&
        !(link === '均' && restEnd - 2 >= from && MEASURE_JUN.has(text.charCodeAt(restEnd - 2)))
      ) {
        beforeLength += link.length;
        break;
      }
    }
  }
  let comparator: Comparator = '=';
  // 左右 wins over 达到 and 控制在 (gold/README.md).
  if (afterCmp === '~') comparator = '~';
  else if (afterCmp) comparator = afterCmp;
  else if (approx) comparator = '>=';
  else if (beforeCmp === 'reach') comparator = isTarget ? '>=' : '=';
  else if (beforeCmp === 'to' || beforeCmp === undefined) comparator = '=';
  else comparator = beforeCmp;
  const bounded = (afterCmp !== undefined && afterCmp !== '~') || beforeCmp === '>=' || beforeCmp === '<=';
  return { afterLength: a ? a[0].length : 0, beforeLength, comparator, bounded };
}

/** Binding words (group 1) and aspirational words (group 2), one pass. */
const MODALITY = /(确保|务必|必须|坚决完成)|(力争|争取|努力|力求|奋力|争创)/g;

/** The modality of a statement from the words of its sentence before the number: the nearest wins. */
export function readModality(sentenceBefore: string): Modality {
  let last: Modality = 'plain';
  MODALITY.lastIndex = 0;
  for (let m = MODALITY.exec(sentenceBefore); m !== null; m = MODALITY.exec(sentenceBefore)) {
    last = m[1] !== undefined ? 'binding' : 'aspirational';
  }
  return last;
}
