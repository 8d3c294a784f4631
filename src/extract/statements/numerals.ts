// Number reading for report text: Arabic (with decimals and digit groups) and Chinese numerals.
// Written by hand and fully tested because common libraries decode 两 wrongly (STACK.md pitfall 1).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral may contain. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Each numeral character by UTF-16 code unit: its kind (0 for none) and value (digit or multiplier). */
const DIGIT = 1;
const SMALL = 2;
const BIG = 3;
const KIND = new Uint8Array(0x10000);
const VALUE = new Float64Array(0x10000);
for (const [table, kind] of [
  [DIGITS, DIGIT],
  [SMALL_UNITS, SMALL],
  [BIG_UNITS, BIG],
] as const) {
  for (const [ch, value] of Object.entries(table)) {
    KIND[ch.charCodeAt(0)] = kind;
    VALUE[ch.charCodeAt(0)] = value;
  }
}

/** 0-9 (NaN past the end is none). */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** 十百千万亿 (NaN past the end is none). */
export const isMagnitudeCode = (c: number): boolean => KIND[c] === SMALL || KIND[c] === BIG;

/** 万 or 亿 (NaN past the end is neither). */
export const isBigMagnitude = (c: number): boolean => KIND[c] === BIG;

/**
 * End of the Arabic number starting with a digit at `i`, as /\d+(?:,\d{3})*(?:\.\d+)?/ reads it:
 * 1,234.5 whole, 1,2345 as 1,234, 3. as 3.
 */
export function arabicEnd(text: string, i: number): number {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  while (
    text.charCodeAt(j) === 0x2c &&
    isDigitCode(text.charCodeAt(j + 1)) &&
    isDigitCode(text.charCodeAt(j + 2)) &&
    isDigitCode(text.charCodeAt(j + 3))
  )
    j += 4;
  if (text.charCodeAt(j) === 0x2e && isDigitCode(text.charCodeAt(j + 1))) {
    j += 2;
    while (isDigitCode(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Powers of ten up to 10^15, exact in a double. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The value of the Arabic number [start, numEnd) (digits, ,ddd groups, a decimal part). Up to 15
 * characters, the digits make an integer below 2^53 and one division by an exact power of ten rounds
 * the quotient once, so the result is Number()'s exactly (the fast path of correctly rounded parsing);
 * longer numbers are left to Number.
 */
export function arabicValue(text: string, start: number, numEnd: number): number {
  if (numEnd - start > 15) return Number(text.slice(start, numEnd).replaceAll(',', ''));
  let digits = 0;
  let decimals = -1;
  for (let i = start; i < numEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) decimals = 0;
    else if (c !== 0x2c) {
      digits = digits * 10 + (c - 0x30);
      if (decimals >= 0) decimals++;
    }
  }
  return decimals > 0 ? digits / POW10[decimals]! : digits;
}

/** End of the run of Chinese numeral characters starting at `i`. */
export function chineseRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && KIND[text.charCodeAt(j)] !== 0) j++;
  return j;
}

/**
 * Reads a Chinese numeral (两千三百万 → 23000000, 一万零五 → 10005, 十二 → 12, 二〇二四 → 2024).
 * Returns undefined for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let units = false;
  let zero = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const kind = KIND[c]!;
    if (kind === 0) return undefined;
    if (kind !== DIGIT) units = true;
    else if (VALUE[c] === 0) zero = true;
  }
  // Digit strings without units read digit by digit only when they hold a zero (二〇二四); 三五 is not 35.
  if (!units) {
    if (s.length === 1) return VALUE[s.charCodeAt(0)];
    if (!zero) return undefined;
    let v = 0;
    for (let k = 0; k < s.length; k++) v = v * 10 + VALUE[s.charCodeAt(k)]!;
    return v;
  }
  let total = 0; // finished 亿 groups
  let section = 0; // finished 万 group below the current 亿
  let group = 0; // value below 万 being built
  let digit: number | undefined;
  let lastSmall = Infinity; // units must fall inside a group: 三百二十, not 三十百
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const kind = KIND[c]!;
    const unitValue = VALUE[c]!;
    if (kind === DIGIT) {
      if (digit !== undefined && digit !== 0 && unitValue !== 0) return undefined; // 三四 is not a numeral
      digit = unitValue;
      continue;
    }
    if (kind === SMALL) {
      const small = unitValue;
      if (small >= lastSmall) return undefined;
      // 十 alone at the head means 一十 (十二 = 12); elsewhere a unit needs its digit.
      const d = digit ?? (group === 0 && small === 10 ? 1 : undefined);
      if (d === undefined || d === 0) return undefined;
      group += d * small;
      digit = undefined;
      lastSmall = small;
      continue;
    }
    const value = group + (digit ?? 0);
    if (unitValue === 1e4) {
      if (value === 0 && section === 0) return undefined;
      section += value * 1e4;
    } else {
      const below = section + value;
      if (below === 0 && total === 0) return undefined;
      total = (total + below) * 1e8;
      section = 0;
    }
    group = 0;
    digit = undefined;
    lastSmall = Infinity;
  }
  return total + section + group + (digit ?? 0);
}

/**
 * A run of Chinese numeral characters split into its value part and the trailing 万/亿 magnitude kept for
 * the unit (两千三百万 → 2300 and 万; 千亿 → 1000 and 亿). `bare` marks a magnitude with no count before it
 * (万, 亿, 百, 千 alone), which only some words make a quantity.
 */
export function splitChineseRun(run: string): {
  value: number | undefined;
  magnitude: string;
  bare: boolean;
} {
  let k = run.length;
  while (k > 0 && KIND[run.charCodeAt(k - 1)] === BIG) k--;
  const magnitude = k === run.length ? '' : run.slice(k);
  const head = k === run.length ? run : run.slice(0, k);
  if (head === '') return { value: 1, magnitude, bare: true };
  if (head === '十') return { value: 10, magnitude, bare: false };
  if (head === '百' || head === '千') {
    return { value: head === '百' ? 100 : 1000, magnitude, bare: magnitude === '' };
  }
  return { value: parseChineseNumeral(head), magnitude, bare: false };
}

/** Multiplier of trailing magnitude characters (万, 亿, 万亿, 千万, 百万...), or undefined. */
export function magnitudeOf(s: string): number | undefined {
  if (s.length === 0) return 1;
  let m = 1;
  for (const ch of s) {
    const f = SMALL_UNITS[ch] ?? BIG_UNITS[ch];
    if (f === undefined) return undefined;
    m *= f;
  }
  return m;
}

/**
 * Reads a number as written in a report: Arabic (1,200.5), Arabic with a magnitude (1.2万 → 12000),
 * or a Chinese numeral (两千三百万). Returns undefined when the text is not a number.
 */
export function parseNumber(s: string): number | undefined {
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)$/.exec(s);
  if (arabic) {
    const base = Number(arabic[1]!.replaceAll(',', ''));
    const m = magnitudeOf(arabic[2]!);
    return m === undefined ? undefined : roundFloat(base * m);
  }
  return parseChineseNumeral(s);
}

/** Removes binary floating-point noise (1.2 × 10000 = 12000.000000000002). */
export function roundFloat(x: number): number {
  // Integers below 10^12 print exactly in 12 digits: nothing to remove (zero takes the long way: -0 → 0).
  if (x !== 0 && Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number.parseFloat(x.toPrecision(12));
}
