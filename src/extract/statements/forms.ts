// Numbers read without a unit from units.ts: fractions as shares in % (三分之一, 1/3), ranks as 名
// (居全市第2位, 进入全省前三) and bare 万/亿 magnitudes (迈上4万亿、5万亿, 70万妇女). Called by the
// readers in quantities.ts once the number is known.

import { isBigMagnitude, parseChineseNumeral, roundFloat } from './numerals';
import type { Quantity } from './quantities';
import { UNIT_STARTS } from './units';

/** A CJK ideograph (the checks on the character after a figure). */
export const IDEOGRAPH = /[\u4e00-\u9fff]/;
/** IDEOGRAPH by UTF-16 code unit (NaN, past the end of a text, is none). */
export const isIdeographCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A fraction (占全国1/3以上, 三分之一, 百分之五): a share in % (gold/README.md: 近一半 → 50 %).
 * Dates and codes (2024/3/5, 5/G) are refused by the bounds on the parts.
 */
export function readFraction(
  text: string,
  start: number,
  numEnd: number,
  numerator: number,
): Quantity | undefined {
  if (text.charCodeAt(numEnd) !== 0x2f) return undefined;
  const m = /^\/(\d{1,3})(?![\d./A-Za-z])/.exec(text.slice(numEnd, numEnd + 6));
  if (!m) return undefined;
  const denominator = Number(m[1]);
  if (!(numerator > 0 && numerator < denominator)) return undefined;
  const value = roundFloat(Math.round((numerator / denominator) * 10_000) / 100);
  return {
    start,
    end: numEnd + m[0].length,
    value,
    unit: '%',
    kind: 'percent',
    approx: false,
    chinese: false,
  };
}

/** 三分之一, 百分之五: the Chinese fraction starting with the denominator run at `start`. */
export function readChineseFraction(text: string, start: number, run: string): Quantity | undefined {
  const at = start + run.length;
  if (!text.startsWith('分之', at)) return undefined;
  const num = /^[零一二两三四五六七八九十百]+/.exec(text.slice(at + 2, at + 8));
  if (!num) return undefined;
  const numerator = parseChineseNumeral(num[0]);
  const denominator = run === '百' || run === '千' ? (run === '百' ? 100 : 1000) : parseChineseNumeral(run);
  if (numerator === undefined || denominator === undefined || !(numerator > 0 && numerator < denominator))
    return undefined;
  const value = roundFloat(Math.round((numerator / denominator) * 10_000) / 100);
  return {
    start,
    end: at + 2 + num[0].length,
    value,
    unit: '%',
    kind: 'percent',
    approx: false,
    chinese: true,
  };
}

/** A unit that is only a magnitude (4万亿、5万亿): allowed before punctuation or another numeral. */
export function magnitudeOnly(text: string, numEnd: number): { unit: string; end: number } | undefined {
  if (!isBigMagnitude(text.charCodeAt(numEnd))) return undefined;
  const m = /^(万亿|亿|万)/.exec(text.slice(numEnd, numEnd + 2));
  if (!m) return undefined;
  const end = numEnd + m[1]!.length;
  const next = text[end];
  if (next !== undefined && /[\u4e00-\u9fff]/.test(next) && !'一二两三四五六七八九十'.includes(next))
    return undefined;
  return { unit: m[1]!, end };
}

/** A measure right before a figure: the figure is a size of it, not a count of the noun after. */
const MEASURE_BEFORE = /(人口|收入|营收|产值|投资|规模|金额|总额|额|产量|面积|资产|吞吐量|用户|户数|人数)$/;

/** Characters after 万/亿 that do not open the counted noun: numerals, comparator and grade words. */
const NOT_A_NOUN = /[一二两三四五六七八九十百千零〇级以之左余多年]/;

/**
 * A magnitude written straight before the counted noun, without a classifier (70万妇女, 1.4亿农村人口):
 * a count whose unit is the magnitude as written (gold/README.md: the unit exactly as written).
 */
export function magnitudeBeforeNoun(
  text: string,
  start: number,
  numEnd: number,
): { unit: string; end: number; approx: boolean } | undefined {
  // 960多万贫困人口, 2900余万家庭: 多/余 before the magnitude makes the count a floor (gold/README.md).
  const approx =
    (text[numEnd] === '多' || text[numEnd] === '余') && isBigMagnitude(text.charCodeAt(numEnd + 1));
  const magAt = approx ? numEnd + 1 : numEnd;
  if (!isBigMagnitude(text.charCodeAt(magAt))) return undefined;
  const m = /^(万亿|亿|万)/.exec(text.slice(magAt, magAt + 2));
  if (!m) return undefined;
  const end = magAt + m[1]!.length;
  // 30万以上参保孕产妇: a floor before the noun is still its count (以上 is read as the comparator), unless
  // a measure before the figure makes it a threshold (人口30万以上城市) or 的 makes it a definition.
  if (text.startsWith('以上', end)) {
    const noun = text[end + 2];
    if (noun === undefined || !IDEOGRAPH.test(noun) || NOT_A_NOUN.test(noun) || noun === '的')
      return undefined;
    if (UNIT_STARTS.has(noun) || MEASURE_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
      return undefined;
    return { unit: m[1]!, end, approx };
  }
  const next = text[end];
  if (next === undefined || !IDEOGRAPH.test(next) || NOT_A_NOUN.test(next)) return undefined;
  // 1.2万户籍人口: a unit refused by the word it opens leaves a damaged phrase, not a counted noun; 家庭 is
  // a counted noun (2900多万家庭).
  if (UNIT_STARTS.has(next) && !text.startsWith('家庭', end)) return undefined;
  // 20万人口以上的县: a size that defines the noun after it (gold/README.md: a threshold is not an item).
  if (/^[\u4e00-\u9fff]{1,6}?(及以上|以上|以下|以内)的/.test(text.slice(end, end + 12))) return undefined;
  return { unit: m[1]!, end, approx };
}

/** A rank: 居全市第2位, 位列第一, 排名全省第一, 进入全省前三, 包揽前三名 (gold/README.md: ranks → 名). */
const RANK_VERB = /(居|位列|排名|排|名列|跃升|跃居|升至|进入|跻身|保持|稳居|位次|包揽)/;
/** A scope right before 第N also reports a rank without a verb (…指数全国第一, 连续8年全国第一, 列全国第9位). */
const RANK_SCOPE = /(全国|全省|全市|全区|全县|全州|全球|全世界|世界|国内|省内|同类城市)$/;

/** A rank written 第N / 前N after a rank verb, or undefined. */
export function readRank(text: string, start: number, numEnd: number, value: number): Quantity | undefined {
  const lead = text[start - 1];
  if (lead !== '第' && lead !== '前') return undefined;
  const topShare = lead === '前' && (text[numEnd] === '%' || text[numEnd] === '‰');
  let end = numEnd;
  if (text[end] === '位' || text[end] === '名') end++;
  else if (lead === '前' && text[end] === '强') end++;
  // The rank must end its phrase: 第一方阵 and 第三批 are not ranks (looked at first: most 第N are not).
  if (!topShare && isIdeographCode(text.charCodeAt(end))) return undefined;
  const window = text.slice(Math.max(0, start - 15), start - 1);
  let cut = -1;
  for (const stop of '，。；\n') cut = Math.max(cut, window.lastIndexOf(stop));
  const before = window.slice(cut + 1);
  // 列第86位: 列 right before 第N位 is a rank verb too (列 alone elsewhere lists things).
  const verb = RANK_VERB.test(before) || (before.endsWith('列') && end > numEnd);
  if (!verb && !RANK_SCOPE.test(before)) return undefined;
  // 进入排名前1%: a top share, not a rank; without a verb (全球前1‰学科) it defines a noun.
  if (topShare) {
    if (!verb) return undefined;
    const unit = text[numEnd]!;
    return {
      start,
      end: numEnd + 1,
      value,
      unit,
      kind: 'percent',
      approx: false,
      chinese: false,
      rankTop: true,
    };
  }
  return {
    start: start - 1,
    end,
    value,
    unit: '名',
    kind: 'rank',
    approx: false,
    chinese: true,
    rankTop: lead === '前',
  };
}

/** The verbs that put a place into a top group (进入全省县域经济30强). */
const TOP_GROUP_VERB = /(进入|跻身|迈入|挺进|晋级|位列|稳居|保持|重返)/;

/**
 * A top group closing its clause after a verb that enters or keeps it (力争进入全省县域经济30强, 跻身全国
 * 百强): a rank of at most N (gold/README.md: 前三 → <= 3 名). A group named by a noun after 强
 * (百强县, 百强创新集群, 百强榜) is a name, not a rank.
 */
export function readTopGroup(
  text: string,
  start: number,
  numEnd: number,
  value: number,
  chinese: boolean,
): Quantity | undefined {
  if (text[numEnd] !== '强' || !Number.isInteger(value) || value < 2) return undefined;
  if (isIdeographCode(text.charCodeAt(numEnd + 1))) return undefined;
  const window = text.slice(Math.max(0, start - 24), start);
  let cut = -1;
  for (const stop of '，。；：\n') cut = Math.max(cut, window.lastIndexOf(stop));
  if (!TOP_GROUP_VERB.test(window.slice(cut + 1))) return undefined;
  return { start, end: numEnd + 1, value, unit: '名', kind: 'rank', approx: false, chinese, rankTop: true };
}
