// Chinese ordinals of report headings: 一 … 十 … 九十九 (一、 parts, (一) areas).

/** Code of 一 … 九 → 1 … 9. */
const DIGITS = new Map([...'一二三四五六七八九'].map((c, k) => [c.charCodeAt(0), k + 1]));

/** 一 → 1 … 九 → 9 for the character at s[k]; 0 for any other character or past the end. */
const digitAt = (s: string, k: number): number => DIGITS.get(s.charCodeAt(k)) ?? 0;

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; anything else → undefined. */
export function ordinalValue(s: string): number | undefined {
  // Read by position instead of /^([二-九]?)十([一-九]?)$/: heading lines ask for it several times each.
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && digitAt(s, 0) > 0 ? digitAt(s, 0) : undefined;
  const tens = ten === 0 ? 1 : ten === 1 && digitAt(s, 0) >= 2 ? digitAt(s, 0) : 0;
  const ones = digitAt(s, ten + 1);
  if (tens === 0 || s.length !== ten + 1 + (ones > 0 ? 1 : 0)) return undefined;
  return tens * 10 + ones;
}
