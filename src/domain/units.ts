// Chinese units of measure: parse a unit as written (亿元, 万亩, 个百分点, 成) into a dimension, a base unit and a
// factor, so values can be converted and compared across units (9500亩 vs 2.2万亩) and a value reported in
// the wrong unit is rejected with a clear message. Units are as written in reports (gold/README.md: "the unit
// exactly as written"); DOMAIN.md §3.1 (百分点 = the difference between two rates).

export type Dimension =
  | 'money'
  | 'area'
  | 'people'
  | 'person_times'
  | 'length'
  | 'mass'
  | 'power'
  | 'count'
  | 'percent'
  | 'points'
  | 'rank';

export interface UnitInfo {
  /** The unit as given, normalised (full-width ％ → %, whitespace removed). */
  unit: string;
  dimension: Dimension;
  /** The dimension's base unit, e.g. 元, 亩, 人, 公里, 吨, 个, %. */
  base: string;
  /** Multiply a value in `unit` by `factor` to get the base unit. */
  factor: number;
}

interface BaseUnit {
  dimension: Dimension;
  base: string;
  factor: number;
}

const COUNT_WORDS = '个家项条座所处户件台套辆只头张场批次栋间棵株艘架宗口眼'.split('');

const BASE_UNITS: Readonly<Record<string, BaseUnit>> = {
  元: { dimension: 'money', base: '元', factor: 1 },
  亩: { dimension: 'area', base: '亩', factor: 1 },
  公顷: { dimension: 'area', base: '亩', factor: 15 },
  平方公里: { dimension: 'area', base: '亩', factor: 1500 },
  平方千米: { dimension: 'area', base: '亩', factor: 1500 },
  平方米: { dimension: 'area', base: '亩', factor: 0.0015 },
  人: { dimension: 'people', base: '人', factor: 1 },
  人次: { dimension: 'person_times', base: '人次', factor: 1 },
  公里: { dimension: 'length', base: '公里', factor: 1 },
  千米: { dimension: 'length', base: '公里', factor: 1 },
  米: { dimension: 'length', base: '公里', factor: 0.001 },
  吨: { dimension: 'mass', base: '吨', factor: 1 },
  千克: { dimension: 'mass', base: '吨', factor: 0.001 },
  公斤: { dimension: 'mass', base: '吨', factor: 0.001 },
  斤: { dimension: 'mass', base: '吨', factor: 0.0005 },
  千瓦: { dimension: 'power', base: '千瓦', factor: 1 },
  兆瓦: { dimension: 'power', base: '千瓦', factor: 1000 },
  '%': { dimension: 'percent', base: '%', factor: 1 },
  成: { dimension: 'percent', base: '%', factor: 10 },
  个百分点: { dimension: 'points', base: '个百分点', factor: 1 },
  百分点: { dimension: 'points', base: '个百分点', factor: 1 },
  名: { dimension: 'rank', base: '名', factor: 1 },
  位: { dimension: 'rank', base: '名', factor: 1 },
  ...Object.fromEntries(COUNT_WORDS.map((w) => [w, { dimension: 'count', base: '个', factor: 1 }])),
};

/** Magnitude prefixes, longest first so 千万 wins over 万. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

const ALIASES: Readonly<Record<string, string>> = { '％': '%', km: '公里', KM: '公里', kg: '千克', t: '吨' };

/** Normalises how a unit is written: trims, drops inner spaces, maps full-width and Latin aliases. */
export function normaliseUnit(unit: string): string {
  const u = unit.replace(/\s+/g, '');
  return ALIASES[u] ?? u.replace(/％/g, '%');
}

/** Parses a unit as written; null when the unit is unknown (a free-text unit such as 标准箱 stays comparable only with itself). */
export function parseUnit(unit: string): UnitInfo | null {
  const u = normaliseUnit(unit);
  const direct = BASE_UNITS[u];
  if (direct) return { unit: u, ...direct };
  for (const [prefix, mult] of PREFIXES) {
    if (!u.startsWith(prefix)) continue;
    const rest = BASE_UNITS[u.slice(prefix.length)];
    // Only additive quantities take a magnitude prefix (万亩, 亿元); not 万% or 万名.
    if (rest && !['percent', 'points', 'rank'].includes(rest.dimension)) {
      return { unit: u, dimension: rest.dimension, base: rest.base, factor: rest.factor * mult };
    }
  }
  return null;
}

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
