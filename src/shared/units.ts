// Chinese units of measure as written (亿元, 万亩, 个百分点, 成): their dimension, base unit and factor. Shared so the
// web can name examples a target's unit accepts; conversion and comparison are in src/domain/units.ts.

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

export interface BaseUnit {
  dimension: Dimension;
  base: string;
  factor: number;
}

const COUNT_WORDS = '个家项条座所处户件台套辆只头张场批次栋间棵株艘架宗口眼'.split('');

export const BASE_UNITS: Readonly<Record<string, BaseUnit>> = {
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
export const PREFIXES: ReadonlyArray<readonly [string, number]> = [
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

/**
 * Examples of a value as a reporter may type it for a target in `unit`, each one the server accepts (a bare
 * number, or with a magnitude or unit it converts): 个 → 120, 1.2万; 亿元 → 3.5, 3000万元; 万元 → 350, 1.2亿元;
 * % → 6.5. A rate, a change in 百分点, a rank or a unit it does not know takes a bare number only.
 */
export function valueExamples(unit: string): string[] {
  const info = parseUnit(unit);
  if (!info) return ['120'];
  if (info.dimension === 'percent' || info.dimension === 'points') return ['6.5'];
  if (info.dimension === 'rank') return ['3'];
  const u = info.unit;
  const prefix = BASE_UNITS[u]
    ? undefined
    : PREFIXES.find(([p]) => u.startsWith(p) && BASE_UNITS[u.slice(p.length)])?.[0];
  if (!prefix) return ['120', '1.2万'];
  const rest = u.slice(prefix.length);
  // A smaller magnitude written out in full (3000万元 for 亿元); for 万 and above, the next larger (1.2亿元).
  if (prefix === '亿') return ['3.5', `3000万${rest}`];
  if (prefix === '万' || prefix === '千万' || prefix === '百万') return ['350', `1.2亿${rest}`];
  return ['350', `1.2万${rest}`];
}
