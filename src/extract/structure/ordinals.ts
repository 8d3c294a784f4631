// Chinese ordinals of report headings: 一 … 十 … 九十九 (一、 parts, (一) areas).

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; anything else → undefined. */
export function ordinalValue(s: string): number | undefined {
  if (/^[一二三四五六七八九]$/.test(s)) return DIGITS[s];
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(s);
  if (!m) return undefined;
  const tens = m[1] ? (DIGITS[m[1]] ?? 0) : 1;
  const ones = m[2] ? (DIGITS[m[2]] ?? 0) : 0;
  return tens * 10 + ones;
}
