// Numbers as officials write them in 通报: no trailing zeros, at most 1–2 decimals (DOMAIN.md §1.4, §1.6:
// "完成年度目标的53.3%", "低于目标0.9个百分点", "101.1%").

/** Rounds half away from zero to `decimals` places, without binary artefacts (1.005 → 1.01). */
export function roundTo(x: number, decimals: number): number {
  const sign = x < 0 ? -1 : 1;
  const r = Number(`${Math.round(Number(`${Math.abs(x)}e${decimals}`))}e-${decimals}`);
  return r === 0 ? 0 : sign * r;
}

/** 53.333 → "53.3", 126.0 → "126", 0.90 → "0.9", 17.5 → "17.5" (decimals 1); never "-0". */
export function formatNumber(x: number, decimals = 2): string {
  const r = roundTo(x, decimals);
  return String(r === 0 ? 0 : r);
}
