// The quality bar on prefecture-city reports and newspaper summaries of district reports written in the
// genre (fixtures/city, annotated by hand per
// ../shared/gold/README.md), scored with the matching rules of the shared scorer: same kind, value,
// unit and comparator (> and < as >= and <=), overlapping offsets, one-to-one; optional gold items are
// neither required nor penalised.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../structure';
import type { Statement } from '../types';
import { extractStatements } from './index';

interface GoldItem {
  kind: 'target' | 'actual';
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: string;
  optional?: boolean;
  ratio_to_plan?: number;
}
interface Gold {
  targets: GoldItem[];
  actuals: GoldItem[];
}

const dir = fileURLToPath(new URL('../../../fixtures/city/', import.meta.url));
const cmp = (c: string | undefined) => (c === '>' ? '>=' : c === '<' ? '<=' : (c ?? '='));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const matches = (p: Statement, g: GoldItem) =>
  same(p.value, g.value) &&
  p.unit === g.unit &&
  cmp(p.comparator) === cmp(g.comparator) &&
  p.start < g.end &&
  g.start < p.end;

function f1(pred: Statement[], all: GoldItem[]): { f1: number; ratioOk: number; ratioGold: number } {
  let p = pred;
  for (const o of all.filter((x) => x.optional)) {
    const j = p.findIndex((x) => matches(x, o));
    if (j >= 0) p = p.filter((_, k) => k !== j);
  }
  const gold = all.filter((x) => !x.optional);
  const used = new Set<number>();
  let tp = 0;
  let ratioOk = 0;
  let ratioGold = 0;
  for (const g of gold) {
    const j = p.findIndex((x, k) => !used.has(k) && matches(x, g));
    if (g.ratio_to_plan !== undefined) ratioGold++;
    if (j < 0) continue;
    used.add(j);
    tp++;
    if (g.ratio_to_plan !== undefined && p[j]!.ratio_to_plan === g.ratio_to_plan) ratioOk++;
  }
  const precision = p.length ? tp / p.length : 0;
  const recall = gold.length ? tp / gold.length : 1;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    ratioOk,
    ratioGold,
  };
}

/** The F1 reached on each report and kind: the test fails when quality falls below it. */
const BAR: Record<string, { target: number; actual: number }> = {
  'lanzhou-city-2026': { target: 1, actual: 1 },
  'donghu-summary-2026': { target: 1, actual: 1 },
};

describe.each(Object.keys(BAR))('city fixture %s', (name) => {
  const raw = readFileSync(`${dir}${name}.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${dir}${name}.gold.json`, 'utf8')) as Gold;
  const r = extractStatements(raw);
  it.each(['target', 'actual'] as const)('reaches the F1 bar on %ss', (kind) => {
    const s = f1(kind === 'target' ? r.targets : r.actuals, kind === 'target' ? gold.targets : gold.actuals);
    expect(s.f1).toBeGreaterThanOrEqual(BAR[name]![kind] - 1e-9);
    expect(s.ratioOk).toBe(s.ratioGold);
  });
});

/** What the structure pass reads from each report, checked by hand: parts, areas, tasks and warnings. */
const STRUCTURE: Record<
  string,
  { parts: string[]; areas: number; tasks: number; warnings: string[]; targetsOpen: string }
> = {
  'lanzhou-city-2026': {
    parts: [
      '2025年和“十四五”时期工作回顾',
      '2026年工作总体要求和主要预期目标',
      '2026年重点工作',
      '2026年市政府民生实事',
      '全面加强政府自身建设',
      '名词解释',
    ],
    areas: 15,
    tasks: 18,
    warnings: [],
    targetsOpen: '今年是“十五五”规划开局之年。综合考虑',
  },
  'donghu-summary-2026': {
    parts: ['2025年工作回顾', '2026年工作安排'],
    areas: 5,
    tasks: 5,
    targetsOpen: '今年经济社会发展的主要预期目标是：',
    warnings: [...Array<string>(12).fill('line_break_joined'), 'sentence_crosses_section'],
  },
};

describe.each(Object.keys(STRUCTURE))('city fixture %s structure', (name) => {
  const r = analyzeStructure(readFileSync(`${dir}${name}.txt`, 'utf8'));
  const s = r.structure;
  it('reads the years, parts, areas, tasks, the main-targets paragraph and the damage', () => {
    expect([s.reviewYear, s.planYear]).toEqual([2025, 2026]);
    expect(s.sections.filter((x) => x.level === 'part').map((x) => x.title)).toEqual(STRUCTURE[name]!.parts);
    expect(s.sections.filter((x) => x.level === 'area')).toHaveLength(STRUCTURE[name]!.areas);
    expect(s.tasks).toHaveLength(STRUCTURE[name]!.tasks);
    const raw = readFileSync(`${dir}${name}.txt`, 'utf8');
    expect(raw.slice(s.mainTargets!.start, s.mainTargets!.end)).toMatch(
      new RegExp(`^${STRUCTURE[name]!.targetsOpen}`),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(STRUCTURE[name]!.warnings);
  });
});
