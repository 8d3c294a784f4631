// Chinese units of measure: parse a unit as written (亿元, 万亩, 个百分点, 成) into a dimension, a base unit and a
// factor, so values can be converted and compared across units (9500亩 vs 2.2万亩) and a value reported in
// the wrong unit is rejected with a clear message. Units are as written in reports (gold/README.md: "the unit
// exactly as written"); DOMAIN.md §3.1 (百分点 = the difference between two rates).

import {
  BASE_UNITS,
  type Dimension,
  normaliseUnit,
  PREFIXES,
  parseUnit,
  type UnitInfo,
} from '../shared/units';

export type { Dimension, UnitInfo };
export { normaliseUnit, parseUnit };

export type UnitErrorCode = 'unit_unknown' | 'unit_mismatch';
export type ConvertResult = { ok: true; value: number } | { ok: false; code: UnitErrorCode; message: string };

const DIMENSION_ZH: Readonly<Record<Dimension, string>> = {
  money: '金额',
  area: '面积',
  people: '人数',
  person_times: '人次',
  length: '长度',
  mass: '重量',
  power: '功率',
  count: '个数',
  percent: '比率',
  points: '百分点',
  rank: '位次',
};

/** Converts a value from one unit to another (2.2 万亩 → 22000 亩); an error for unknown or incompatible units. */
export function convertValue(value: number, from: string, to: string): ConvertResult {
  const f = normaliseUnit(from);
  const t = normaliseUnit(to);
  if (f === t) return { ok: true, value };
  const a = parseUnit(f);
  const b = parseUnit(t);
  if (!a || !b) {
    const unknown = a ? t : f;
    return {
      ok: false,
      code: 'unit_unknown',
      message: `无法识别单位“${unknown}”,无法与“${a ? f : t}”换算 (unknown unit "${unknown}")`,
    };
  }
  if (a.dimension !== b.dimension) {
    return {
      ok: false,
      code: 'unit_mismatch',
      message: `单位不一致:“${f}”是${DIMENSION_ZH[a.dimension]},目标单位“${t}”是${DIMENSION_ZH[b.dimension]},无法换算 (unit "${f}" cannot be converted to "${t}")`,
    };
  }
  return { ok: true, value: fixFloat((value * a.factor) / b.factor) };
}

/**
 * The unit a bare magnitude typed after a number means for a target: 3000万 in a field of 亿元 is 3000万元, 12万
 * for 公顷 is 12万公顷 and for 万亩 12万亩 (the magnitude counts the target's own unit less its own magnitude).
 * Null when `typed` is not a bare magnitude (万, 亿, 千, 百, 千万, 百万). Converting the result to the target's
 * unit fails, as it should, for a rate, a change in 百分点 or a rank (万% is no unit).
 */
export function magnitudeUnit(typed: string, targetUnit: string): string | null {
  const magnitude = PREFIXES.find(([p]) => p === normaliseUnit(typed))?.[0];
  if (!magnitude) return null;
  const t = normaliseUnit(targetUnit);
  const own = BASE_UNITS[t]
    ? undefined
    : PREFIXES.find(([p]) => t.startsWith(p) && BASE_UNITS[t.slice(p.length)])?.[0];
  return magnitude + (own ? t.slice(own.length) : t);
}

export interface Quantity {
  value: number;
  unit: string;
}

export type CompareResult =
  | { ok: true; value: -1 | 0 | 1 }
  | { ok: false; code: UnitErrorCode; message: string };

/** Compares two quantities across units: -1 if a < b, 0 if equal, 1 if a > b (9500亩 vs 2.2万亩 → -1). */
export function compareQuantities(a: Quantity, b: Quantity): CompareResult {
  const c = convertValue(a.value, a.unit, b.unit);
  if (!c.ok) return c;
  const diff = c.value - b.value;
  const eps = 1e-9 * Math.max(1, Math.abs(b.value));
  return { ok: true, value: Math.abs(diff) <= eps ? 0 : diff < 0 ? -1 : 1 };
}

/** Removes binary noise from a product of decimal factors (2.2 × 10000 → 22000, not 22000.000000000004). */
function fixFloat(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
