// Finds every number-with-unit in normalized text and drops those that are not quantities: years and
// dates, ordinals and series (第三批, 前九期), grades (5A级, 三级), quoted names (“三地一矿”),
// idioms (千家万户) and numbers inside codes (PM2.5, 6G). Rules: gold/README.md "Not quantified statements".

import { NOT_AFTER_UP } from './comparators';
import {
  IDEOGRAPH,
  magnitudeBeforeNoun,
  magnitudeOnly,
  readChineseFraction,
  readFraction,
  readRank,
  readTopGroup,
} from './forms';
import { PUNCTUATION } from './mentions';
import {
  arabicEnd,
  arabicValue,
  CHINESE_NUMERAL_CHARS,
  chineseRunEnd,
  isBigMagnitude,
  isDigitCode,
  roundFloat,
  splitChineseRun,
} from './numerals';
import { isUnitStartCode, matchQuantityUnit, PER_ONLY_UNITS, SERIES_UNITS, type UnitKind } from './units';

export interface Quantity {
  /** Start of the number (normalized text). */
  start: number;
  /** End of the unit. */
  end: number;
  value: number;
  unit: string;
  kind: UnitKind | 'rank';
  /** 余/多 between number and unit: at least the value. */
  approx: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
  /** A ratio or coefficient, a figure without a unit (收入比缩小至2.1∶1). */
  unitless?: boolean;
  /** A rank (第2位, 前三): `<=` when written 前N. */
  rankTop?: boolean;
  /** The lower bound of a range whose upper bound is the next quantity (4.5%-5%). */
  rangeLower?: boolean;
  /** A scale grade read as a floor (千亿级投资规模 → ≥ 1000 亿). */
  floor?: boolean;
}

/** Nouns a scale grade (千亿级) can measure; a grade of anything else (千亿级产业集群) is a name. */
const GRADED_MEASURE = /^级(投资|规模|产值|营收|收入|体量|交易额|市场)/;
/** Units of time or age that, directly before a noun, define a group or a zone (65岁以上老年人, 1小时通达). */
const DEFINING_UNITS = new Set(['岁', '小时', '分钟', '天', '个工作日', '工作日']);
/** A round scale and 台阶 after a count (两个千亿元台阶): the count is of steps passed. */
const STEPS_AFTER = /^[十百千万亿]{1,2}[^，。；、\d]{0,3}台阶/;
/** Concrete things 两 counts (两家企业, 两座水库); with other classifiers it opens a slogan (两个大局, 两种资源). */
const TWO_COUNTS = new Set([
  '成',
  '倍',
  '家',
  '座',
  '条',
  '所',
  '台',
  '辆',
  '艘',
  '架',
  '栋',
  '套',
  '名',
  '人',
  '户',
  '处',
  '场',
  '次',
  '轮',
]);
/** Series units that a Chinese numeral also counts with (两次, 三轮): times something was done. */
const COUNTED_TIMES = new Set(['次', '轮']);

/**
 * Checks shared by Arabic and Chinese numbers once the unit is known; true when not a quantity. `base` is
 * the unit without its 万/亿 magnitude (QuantityUnit.base).
 */
function notAQuantity(text: string, start: number, base: string, end: number): boolean {
  if (text.charCodeAt(end) === JI) return true; // 千亿元级, 5A级: a grade
  if (DEFINING_UNITS.has(base)) {
    const rest = text.slice(end).replace(/^(及以上|及以下|以上|以下|以内|左右)/, '');
    const after = rest[0];
    const change = /^(提升|提高|增加|增长|下降|降低|减少|缩短|延长|压缩|达到|的)/.test(rest);
    if (after !== undefined && IDEOGRAPH.test(after) && !'以左内之'.includes(after) && !change) return true;
  }
  // 2个1类创新药, 12类45件实事: 类 next to another count is a category or a grouping, not the count.
  if (
    base === '类' &&
    (/[\d一二两三四五六七八九十]/.test(text[end] ?? '') || '个项种家件'.includes(text[start - 1] ?? '-'))
  )
    return true;
  // 连续10次获评, 连续举办8届: a streak, not a quantity.
  if (endsAt(text, start, '连续') && STREAK_UNITS.has(base)) return true;
  // 连续5个季度居全国前列: a streak of quarters or months is a duration, not a count.
  if (base === '个' && endsAt(text, start, '连续') && /^(季度|月)/.test(text.slice(end, end + 2)))
    return true;
  // 通时速350公里高铁: a speed grade names a class of line, not a length.
  if (base === '公里' && endsAt(text, start, '时速')) return true;
  return false;
}

const STREAK_UNITS = new Set(['次', '届', '期', '年', '轮']);

/** Issuing authorities whose numbered rules are names (中央八项规定, 国务院十条). */
const ISSUERS = ['中央', '国务院'];

/** Whether `word` ends right before `at`. */
function endsAt(text: string, at: number, word: string): boolean {
  return at >= word.length && text.startsWith(word, at - word.length);
}

/** Whether one of `words` ends right before `at` (a loop: no closure per call in the hot path). */
function endsWithAny(text: string, at: number, words: string[]): boolean {
  for (const word of words) if (endsAt(text, at, word)) return true;
  return false;
}
/** Verbs that make 年 a quantity rather than a date or duration (延长30年). */
const YEARS_AFTER = ['延长', '延期', '顺延'];

/** A measure counted in years (受教育年限提高到14年, 人均预期寿命达80岁 is 岁): 年 is its unit. */
const YEAR_MEASURE = /(年限|寿命|期限|工龄|年数)[^，。；\n]{0,10}$/;

function yearsAreMeasured(text: string, start: number, value: number): boolean {
  if (endsWithAny(text, start, YEARS_AFTER)) return true;
  return value < 100 && YEAR_MEASURE.test(text.slice(Math.max(0, start - 14), start));
}

/** What a UTF-16 code unit is to the scan of findQuantities; 0 for anything else. */
const DIGIT = 1;
const NUMERAL = 2;
const OPEN_QUOTE = 3;
const CLOSE_QUOTE = 4;
const LINE_BREAK = 5;
const MARK = 6;
const SCAN_AT = new Uint8Array(0x10000);
SCAN_AT.fill(DIGIT, 0x30, 0x3a);
for (const ch of CHINESE_NUMERAL_CHARS) SCAN_AT[ch.charCodeAt(0)] = NUMERAL;
for (const ch of '“「『《〈‘') SCAN_AT[ch.charCodeAt(0)] = OPEN_QUOTE;
for (const ch of '”」』》〉’') SCAN_AT[ch.charCodeAt(0)] = CLOSE_QUOTE;
SCAN_AT[0x0a] = LINE_BREAK;
for (const ch of PUNCTUATION) SCAN_AT[ch.charCodeAt(0)] = MARK;
/** Words that give a bare magnitude (超万亿元, 近千亿元) a value of one unit of it. */
const BARE_LEAD =
  /(超过|突破|逾|达到|接近|将近|迈上|(?<![签合制节公条预契大])约|(?<!赶)超|(?<![附最接将邻亲贴临])近|(?<![到抵送发表传通下])达)$/;
/** Dashes and 至 between the bounds of a range (4.5%-5%, 3至5个). */
const RANGE_DASHES = '-—–－~～至';
/** Dashes after a bare lower bound (4.5-5%). */
const DASHES = '-—–－~～';

/** A-Z or a-z (NaN past the end is neither). */
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** 0-9, A-Z, a-z or a dot. */
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2e || isAsciiLetter(c);

const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const BAN = '半'.charCodeAt(0);
const JI = '级'.charCodeAt(0);
const DI = '第'.charCodeAt(0);
const QIAN = '前'.charCodeAt(0);
const JIE = '届'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);
const YU = '余'.charCodeAt(0);
/** Words that make the round number after them vague (数百, 几千, 上千, 成千) or that end in a digit. */
const isVagueLead = (c: number): boolean => isDigitCode(c) || '数几上成'.includes(String.fromCharCode(c));

function allMagnitudes(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isBigMagnitude(c)) return false;
  }
  return end > start;
}

/** Whether the Chinese numeral run [start, numEnd) can be a quantity, judged on the characters around it. */
function mayFollowChinese(text: string, start: number, numEnd: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === DI || before === QIAN) return true;
  const next = text.charCodeAt(numEnd);
  if (next === FEN && text.charCodeAt(numEnd + 1) === ZHI) return true;
  // 突破万亿。: a bare magnitude closing its clause (read only after a bound word, below).
  if ((next === 0xff0c || next === 0x3002 || next === 0xff1b) && allMagnitudes(text, start, numEnd))
    return true;
  if (next === NIAN) return endsWithAny(text, start, YEARS_AFTER);
  return next === BAN || next === JI || next === QIANG || isUnitStartCode(next);
}
/** 强 of a top group (三十强, 百强). */
const QIANG = '强'.charCodeAt(0);

/** Heads that make a numbered phrase a programme's name (五项原则, 八项行动, 千亿斤粮食产能提升行动). */
const NAME_HEAD = '(行动|计划|工程|战略|原则|方针|基地)';
const COUNT_NAME = new RegExp(`^[^的，。；、\\n\\d]{0,4}?${NAME_HEAD}`);
const MEASURE_NAME = new RegExp(`^[^的，。；、\\n\\d]{0,8}?${NAME_HEAD}`);
/** Verbs that commit to or report the quantity a name carries (超额完成百万亩造林绿化工程, gold/README.md). */
const COMPLETES = /(完成|建成|实现|达到|达成)[^，。；]{0,6}$/;

/**
 * A number inside a programme's name: a count in Chinese numerals right before the head (和平共处五项原则),
 * or a round scale in Chinese numerals before the noun and the head (千亿斤粮食产能提升行动), unless the
 * clause completes it.
 */
function inProgrammeName(text: string, q: Quantity): boolean {
  if (!q.chinese) return inDigitName(text, q);
  const after = text.slice(q.end, q.end + 12);
  if (q.kind === 'count') return COUNT_NAME.test(after);
  if (q.kind !== 'measure' && q.kind !== 'money') return false;
  // 跨越3个千亿元台阶: a round scale right after a count is the size of each step, not a figure.
  if (/[个项家]$/.test(text.slice(Math.max(0, q.start - 1), q.start)) && q.value >= 100) return true;
  return MEASURE_NAME.test(after) && !COMPLETES.test(text.slice(Math.max(0, q.start - 12), q.start));
}

/** Heads of a survey's or a forum's name that a share or a head count cannot measure. */
const SURVEY_NAME = /^[\u4e00-\u9fff]{0,6}?(调查|抽查)(?![率数])/;
const FORUM_NAME = /^(论坛|峰会)/;

/**
 * Digits inside a name (1%人口抽样调查, 青年50人论坛): a share right before the noun of a survey, a count
 * of people right before 论坛/峰会, with no verb or comparator between (gold/README.md: names that contain
 * digits are not quantified statements).
 */
function inDigitName(text: string, q: Quantity): boolean {
  // Most figures have neither noun after them: looked for first, without slicing the words out.
  if (q.kind === 'percent') {
    if (!hasCodeWithin(text, q.end + 1, q.end + 8, CHA)) return false;
    const after = text.slice(q.end, q.end + 8);
    return !/^(以上|以下|以内|左右)/.test(after) && SURVEY_NAME.test(after);
  }
  return q.unit === '人' && FORUM_NAME.test(text.slice(q.end, q.end + 2));
}

const CHA = '查'.charCodeAt(0);

/** Whether the code unit `c` occurs in text[from, to). */
function hasCodeWithin(text: string, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** True when the characters [from, to) are one or two range dashes (4.5%-5%, 3至5个). */
function isRangeDash(text: string, from: number, to: number): boolean {
  if (to - from !== 1 && to - from !== 2) return false;
  for (let i = from; i < to; i++) if (!RANGE_DASHES.includes(text[i]!)) return false;
  return true;
}

/**
 * Most figures read from one text: a work report has a few hundred (the corpus's at most 342), so this
 * is far past any report. A text of figures strung together (up to MAX_REPORT_BYTES: 50 MB would
 * hold some 7 million) is read up to here, with a warning, instead of exhausting memory.
 */
export const MAX_FIGURES = 200_000;

/**
 * Every quantity of the text, in order (at most MAX_FIGURES). One pass over the characters finds the
 * numbers and follows the quotation and title marks: a number inside them is a name (“三地一矿”), and a
 * quote left open ends at the line break. `punctuation`, when given, receives the positions of PUNCTUATION (mentions.ts) met in
 * the same pass.
 */
export function findQuantities(text: string, punctuation?: number[]): Quantity[] {
  const out: Quantity[] = [];
  let depth = 0;
  // Numbers before `resume` were read as part of the previous number or quantity.
  let resume = 0;
  // The loop is kept small (its body runs for every character); reading a number is a call.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const at = SCAN_AT[text.charCodeAt(i)]!;
    if (at === 0) continue;
    if (at === MARK) punctuation?.push(i);
    else if (at === OPEN_QUOTE) depth++;
    else if (at === CLOSE_QUOTE) depth = Math.max(0, depth - 1);
    else if (at === LINE_BREAK) depth = 0;
    else if (i >= resume && out.length < MAX_FIGURES)
      resume = readNumber(text, i, at === DIGIT, depth > 0, out);
  }
  return out.some((q) => q.unit === '' && !q.unitless) ? out.filter((q) => q.unit !== '' || q.unitless) : out;
}

/**
 * Reads the number starting at `start` and the quantity it makes, if any, into `out`; returns the end of
 * what was read (the scan resumes there).
 */
function readNumber(text: string, start: number, arabic: boolean, quoted: boolean, out: Quantity[]): number {
  const numEnd = arabic ? arabicEnd(text, start) : chineseRunEnd(text, start);
  // Most Chinese numeral characters sit inside words (统一, 一般): only a unit, 半 or a rank can follow.
  if (quoted || !(arabic || mayFollowChinese(text, start, numEnd))) return numEnd;
  const q = arabic ? readArabic(text, start, numEnd) : readChinese(text, start, text.slice(start, numEnd));
  if (!q) return numEnd;
  const prev = out[out.length - 1];
  // 4.5%-5%, 4.5-5%: the first is the lower bound of a range.
  if (prev && isRangeDash(text, prev.end, q.start)) {
    if (prev.unit === '' || prev.unit === q.unit) {
      prev.unit = q.unit;
      prev.kind = q.kind;
      prev.rangeLower = true;
    }
  }
  // A number without a unit is kept only as the lower bound of a range (4.5-5%).
  if (q.unit === '' && !q.unitless && !(q.end < text.length && RANGE_DASHES.includes(text[q.end]!)))
    return numEnd;
  if (inProgrammeName(text, q)) return numEnd;
  // 高于全国12.7个、12个百分点: a bare 个 before 、 shares the unit written once after the last figure.
  if (q.unit === '个百分点' && prev?.unit === '个' && prev.end + 1 === q.start && text[prev.end] === '、') {
    prev.unit = q.unit;
    prev.kind = q.kind;
  }
  out.push(q);
  return Math.max(numEnd, q.end);
}

/** The base of a rate written before its figure: 每立方米, 每千人, 每万人口, 每亩 (not 每天, 每年: times). */
const PER_BASE = /每([十百千万]{0,2}(?:人口|人)|(?:立方米|平方米|平方公里|公顷|亩|升|千克|吨))$/;

/**
 * The base of a rate split around its figure (低于每立方米19微克 → 微克/立方米, 每千人6.6批次 → 批次/千人):
 * the unit is written as its slash form, the base as written; undefined when no 每 + base is right before.
 */
function perBase(text: string, start: number): string | undefined {
  if (!PER_BASE_ENDS.has(text.charCodeAt(start - 1))) return undefined;
  return PER_BASE.exec(text.slice(Math.max(0, start - 6), start))?.[1];
}
/** The characters PER_BASE can end on (a quick test before the regex, which most figures never reach). */
const PER_BASE_ENDS = new Set([...'人口米里顷亩升克吨'].map((c) => c.charCodeAt(0)));

/** A ratio or coefficient and the verb that sets it, right before a bare figure (收入比缩小至, 基尼系数为). */
const RATIO_BEFORE =
  /(收入比|比值|系数|死亡率|综合指数)(缩小至|缩小到|缩小为|下降到|下降至|降至|降到|降低到|降低至|控制在|保持在|稳定在|为|达到|达)$/;

/**
 * The end of a unitless ratio (城乡居民收入比缩小至2.1∶1 → 2.1, its `∶1` included), or undefined when
 * the bare figure at [start, numEnd) is no such ratio.
 */
function unitlessRatio(text: string, start: number, numEnd: number): number | undefined {
  const c = text.charCodeAt(numEnd);
  if (isDigitCode(c) || isAsciiLetter(c) || c === 0x25) return undefined;
  if (!RATIO_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return undefined;
  return /^[∶:：]1(?![0-9.])/.test(text.slice(numEnd, numEnd + 3)) ? numEnd + 2 : numEnd;
}

function readArabic(text: string, start: number, numEnd: number): Quantity | undefined {
  const b = text.charCodeAt(start - 1);
  if (isAsciiAlnum(b) || b === 0xb7 || b === 0x2f || b === 0x2b || b === 0x2d) {
    const b2 = text.charCodeAt(start - 2);
    if (b !== 0x2d || !((b2 >= 0x30 && b2 <= 0x39) || b2 === 0x25)) return undefined;
    // "4.5-5%" is a range; "2026-02-02" has no unit and falls out below.
  }
  if (isAsciiLetter(text.charCodeAt(numEnd))) return undefined; // 6G, 5A级
  const value = arabicValue(text, start, numEnd);
  if (!Number.isFinite(value)) return undefined;
  if (b === DI || b === QIAN) return readRank(text, start, numEnd, value);
  if (b === JIE) return undefined;
  if (text[numEnd] === '强') return readTopGroup(text, start, numEnd, value, false);
  const fraction = readFraction(text, start, numEnd, value);
  if (fraction) return fraction;
  const u = matchQuantityUnit(text, numEnd);
  if (!u && text.charCodeAt(numEnd) === NIAN && yearsAreMeasured(text, start, value)) {
    return { start, end: numEnd + 1, value, unit: '年', kind: 'measure', approx: false, chinese: false };
  }
  const mag = u ? undefined : magnitudeOnly(text, numEnd);
  if (mag)
    return { start, end: mag.end, value, unit: mag.unit, kind: 'measure', approx: false, chinese: false };
  const counted = u ? undefined : magnitudeBeforeNoun(text, start, numEnd);
  if (counted)
    return {
      start,
      end: counted.end,
      value,
      unit: counted.unit,
      kind: 'count',
      approx: counted.approx,
      chinese: false,
    };
  // 分别高于全国、全省1.6、1.2个百分点: a bare figure before 、 takes the unit written once after the last.
  const shared = !u && text.charCodeAt(numEnd) === DUN ? unitWrittenOnceAfter(text, numEnd) : undefined;
  if (shared)
    return {
      start,
      end: numEnd,
      value: shared.factor === 1 ? value : roundFloat(value * shared.factor),
      unit: shared.unit,
      kind: shared.kind,
      approx: false,
      chinese: false,
    };
  // 城乡居民收入比缩小至2.1∶1, 基尼系数降至0.38: a ratio or coefficient is a figure without a unit.
  const ratio = u ? undefined : unitlessRatio(text, start, numEnd);
  if (ratio !== undefined)
    return {
      start,
      end: ratio,
      value,
      unit: '',
      kind: 'measure',
      approx: false,
      chinese: false,
      unitless: true,
    };
  if (!u) {
    // A bare lower bound of a range (4.5-5%) is kept with an empty unit for the range pass.
    if (isDigitCode(text.charCodeAt(numEnd + 1)) && DASHES.includes(text[numEnd]!)) {
      return { start, end: numEnd, value, unit: '', kind: 'percent', approx: false, chinese: false };
    }
    return undefined;
  }
  // The rare 第/前/首 first: a Set lookup hashes u.unit, often a string just built (亿元).
  if ((b === DI || b === QIAN || b === SHOU) && SERIES_UNITS.has(u.unit)) return undefined;
  if (notAQuantity(text, start, u.base, u.end)) return undefined;
  const per = u.base.includes('/') ? undefined : perBase(text, start);
  if (!per && PER_ONLY_UNITS.has(u.base)) return undefined;
  return {
    start: per ? start - per.length - 1 : start,
    end: u.end,
    value: u.factor === 1 ? value : roundFloat(value * u.factor),
    unit: per ? `${u.unit}/${per}` : u.unit,
    kind: u.kind,
    approx: u.approx,
    chinese: false,
  };
}

const DUN = '、'.charCodeAt(0);

/** The unit after the last of Arabic figures joined by 、 (1.6、1.2、0.8个百分点), read from the 、 at `at`. */
function unitWrittenOnceAfter(text: string, at: number): ReturnType<typeof matchQuantityUnit> {
  let p = at;
  for (let hops = 0; hops < 8 && text.charCodeAt(p) === DUN; hops++) {
    const digits = p + 1;
    p = digits;
    while (isDigitCode(text.charCodeAt(p)) || (text[p] === '.' && isDigitCode(text.charCodeAt(p + 1)))) p++;
    if (p === digits) return undefined;
    const u = matchQuantityUnit(text, p);
    if (u) return u;
  }
  return undefined;
}

function readChinese(text: string, start: number, run: string): Quantity | undefined {
  const b = text.charCodeAt(start - 1);
  const { value, magnitude, bare } = splitChineseRun(run);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (b === DI || b === QIAN) {
    if (magnitude !== '') return undefined;
    return readRank(text, start, start + run.length, value);
  }
  if (b === JIE || b === SHOU) return undefined;
  if (text[start + run.length] === '强') return readTopGroup(text, start, start + run.length, value, true);
  const fraction = readChineseFraction(text, start, run);
  if (fraction) return fraction;
  // 中央八项规定: a count right after the issuing authority names its document.
  if (endsWithAny(text, start, ISSUERS)) return undefined;
  // 百余项, 千余家, 万余人: a bare round number with 余 reads as its 一-form (一百余项) unless a vague
  // word owns it (数百余, 上千余).
  const roughly =
    upTo(text, start, run) ||
    (bare && text.charCodeAt(start + run.length) === YU && !isVagueLead(text.charCodeAt(start - 1)));
  if (bare && !roughly && !BARE_LEAD.test(text.slice(Math.max(0, start - 2), start)) && magnitude === '')
    return undefined;
  if (bare && !roughly && magnitude !== '' && run.length === magnitude.length) {
    // 带动万名青年: 名 only counts people, so a bare 万名 is a count (每万名 is a rate base).
    const counted = text[start + run.length] === '名' && text[start - 1] !== '每';
    if (!counted && !BARE_LEAD.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  }
  const numEnd = start + run.length;
  // 一半 = 50% (gold/README.md: 近一半 → ~ 50 %).
  if (run === '一' && text[numEnd] === '半') {
    return { start, end: numEnd + 1, value: 50, unit: '%', kind: 'percent', approx: false, chinese: true };
  }
  // 千亿级投资规模, 万亿级规模: a grade of a measure is a floor of that size; 级 belongs to the figure.
  if (magnitude !== '' && GRADED_MEASURE.test(text.slice(numEnd, numEnd + 4))) {
    const q: Quantity = {
      start,
      end: numEnd + 1,
      value,
      unit: magnitude,
      kind: 'measure',
      approx: false,
      chinese: true,
    };
    q.floor = true;
    return q;
  }
  // 再延长三十年: years after a verb of extension are a quantity (as 延长30年).
  if (text.charCodeAt(numEnd) === NIAN && magnitude === '' && endsWithAny(text, start, YEARS_AFTER))
    return { start, end: numEnd + 1, value, unit: '年', kind: 'measure', approx: false, chinese: true };
  const u = matchQuantityUnit(text, numEnd, magnitude);
  // 海洋生产总值突破万亿。: a bare magnitude after a bound word, closing its clause, keeps it as the unit.
  if (!u && bare && magnitude !== '' && /^[，。；、]/.test(text[numEnd] ?? '')) {
    return { start, end: numEnd, value, unit: magnitude, kind: 'measure', approx: false, chinese: true };
  }
  if (!u || value === 0 || PER_ONLY_UNITS.has(u.base) || notAQuantity(text, start, u.base, u.end))
    return undefined;
  // Counts say 两 for two; 二人转 and 二中全会 are names. 两 with an abstract classifier opens a slogan.
  if (run === '二') return undefined;
  // 连跨两个千亿元台阶: two steps of a scale are counted like 3个千亿元台阶, not a slogan.
  if (
    run === '两' &&
    !TWO_COUNTS.has(u.unit) &&
    !(u.unit === '个' && STEPS_AFTER.test(text.slice(u.end, u.end + 8)))
  )
    return undefined;
  // 三门核电, 七门: place names; courses are counted in digits (课程100门). 五金 is hardware, medals are digits.
  if (u.unit === '门' || u.unit === '金' || u.unit === '银' || u.unit === '铜') return undefined;
  // "一个", "一批": an article, not a count; series units after 前/首 are positions.
  if (value * u.factor === 1 && magnitude === '' && u.kind !== 'share') return undefined;
  // 两次降低存款准备金率, 开展三轮督查: a count of times done, not a position (第三轮, 首次) nor a name (三次产业).
  if (SERIES_UNITS.has(u.unit) && !(COUNTED_TIMES.has(u.unit) && text[u.end] !== '产')) return undefined;
  return {
    start,
    end: u.end,
    value: roundFloat(value * u.factor),
    unit: u.unit,
    kind: u.kind,
    approx: u.approx,
    chinese: true,
  };
}

const SHANG = '上'.charCodeAt(0);
const NOT_BEFORE_UP = new Set([...NOT_AFTER_UP].map((c) => c.charCodeAt(0)));

/**
 * 上千家, 上万名, 上亿人, 上千万人次, 上百亿元: 上 right before a round scale written without a count (a run of
 * 百/千/万/亿 only) says the figure reaches that scale: a quantity, read as a floor by comparators.ts.
 */
function upTo(text: string, start: number, run: string): boolean {
  if (text.charCodeAt(start - 1) !== SHANG || NOT_BEFORE_UP.has(text.charCodeAt(start - 2))) return false;
  for (let k = 0; k < run.length; k++) if (!'百千万亿'.includes(run[k]!)) return false;
  return true;
}
