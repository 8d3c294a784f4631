import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AmbitionTarget, type Baseline, checkAmbition, headNoun, indicatorSimilarity } from './ambition';

// Targets and review-part actuals as the extractor gives them for examples/heshan-2024.txt (gold/heshan-2024.json).
const heshanTargets: AmbitionTarget[] = [
  { targetId: 1, indicator: '地区生产总值增长', type: 'growth', comparator: '=', value: 7.5, unit: '%' },
  { targetId: 2, indicator: '新增外资企业', type: 'count', comparator: '>=', value: 2, unit: '家' },
  {
    targetId: 3,
    indicator: '两家国有企业资产规模',
    type: 'level',
    comparator: '>=',
    value: 80,
    unit: '亿元',
  },
  { targetId: 4, indicator: '土地复垦和开发指标', type: 'level', comparator: '>=', value: 700, unit: '亩' },
  { targetId: 5, indicator: '造林规模', type: 'level', comparator: '>=', value: 9500, unit: '亩' },
  {
    targetId: 6,
    indicator: '新增国家级专精特新“小巨人”企业',
    type: 'count',
    comparator: '>=',
    value: 2,
    unit: '家',
  },
  { targetId: 7, indicator: '完成道路建设', type: 'count', comparator: '=', value: 7, unit: '条' },
];
const heshanActuals: Baseline[] = [
  { id: 'a1', source: 'review', indicator: '签约亿元以上项目', value: 40, unit: '个' },
  { id: 'a2', source: 'review', indicator: '国家级专精特新“小巨人”企业全市占比', value: 38.4, unit: '%' },
  {
    id: 'a3',
    source: 'review',
    indicator: '鹤山投资集团总资产规模',
    value: 50,
    unit: '亿元',
    comparator: '>=',
  },
  { id: 'a4', source: 'review', indicator: '改扩建城乡道路', value: 4, unit: '条' },
  { id: 'a5', source: 'review', indicator: '营造林规模', value: 2.2, unit: '万亩' },
  { id: 'a6', source: 'review', indicator: '土地复垦', value: 700, unit: '亩', comparator: '>=' },
  { id: 'a7', source: 'review', indicator: '旅游综合收入同比增长', value: 240, unit: '%' },
];

describe('indicatorSimilarity', () => {
  it.each([
    ['造林规模', '营造林规模', 0.9],
    ['土地复垦和开发指标', '土地复垦', 0.7],
    ['新增外资企业', '外贸出口企业', 0],
    ['两家国有企业资产规模', '鹤山投资集团总资产规模', 0],
  ])('%s ~ %s ≥ %f', (a, b, atLeast) => {
    const s = indicatorSimilarity(a, b);
    if (atLeast === 0) expect(s).toBeLessThan(0.6);
    else expect(s).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['签约亿元以上项目', '项目'],
    ['地区生产总值增长', '总值'],
    ['“小巨人”企业', '企业'],
  ])('head noun of %s is %s', (indicator, head) => {
    expect(headNoun(indicator)).toBe(head);
  });
});

describe('checkAmbition on Heshan 2024', () => {
  const matches = checkAmbition(heshanTargets, heshanActuals);
  const byTarget = new Map(matches.map((m) => [m.targetId, m]));

  it('flags 造林规模9500亩 against 2023’s 营造林规模2.2万亩, converting units', () => {
    expect(byTarget.get(5)).toMatchObject({
      baseline: { id: 'a5' },
      kind: 'level',
      targetInBaselineUnit: 0.95,
      verdict: 'below',
      flagged: true,
      severity: 'warning',
    });
    expect(byTarget.get(5)?.messageZh).toBe('目标9500亩(折合0.95万亩)低于上年营造林规模2.2万亩,相差1.25万亩');
  });

  it('does not flag a target equal to a "700余亩" result', () => {
    expect(byTarget.get(4)).toMatchObject({ baseline: { id: 'a6' }, verdict: 'equal', flagged: false });
  });

  it('does not match across dimensions (家 vs %) or unrelated indicators', () => {
    expect(byTarget.has(6)).toBe(false);
    expect(byTarget.has(2)).toBe(false);
    expect(byTarget.has(7)).toBe(false);
    expect(byTarget.has(3)).toBe(false);
  });

  it('does not compare a growth target with an unrelated growth', () => {
    expect(byTarget.has(1)).toBe(false);
  });
});

describe('checkAmbition rules', () => {
  const base: AmbitionTarget = {
    targetId: 1,
    indicator: '城镇新增就业',
    type: 'count',
    comparator: '>=',
    value: 4000,
    unit: '人',
  };
  const last: Baseline = { id: 1, source: 'review', indicator: '城镇新增就业', value: 4321, unit: '人' };

  it.each([
    ['a floor below last year', base, last, 'below', true],
    ['a floor above last year', { ...base, value: 4500 }, last, 'above', false],
    [
      'a ceiling above last year is lax',
      { ...base, indicator: '城镇调查失业率', type: 'level', comparator: '<=', value: 5.5, unit: '%' },
      { ...last, indicator: '城镇调查失业率', value: 5.2, unit: '%' },
      'below',
      true,
    ],
    [
      'a ceiling below last year is ambitious',
      { ...base, indicator: '城镇调查失业率', type: 'level', comparator: '<=', value: 5, unit: '%' },
      { ...last, indicator: '城镇调查失业率', value: 5.2, unit: '%' },
      'above',
      false,
    ],
    [
      'a growth target below last year’s growth (info)',
      { ...base, indicator: '一般公共预算收入增长', type: 'growth', comparator: '=', value: 6, unit: '%' },
      { ...last, indicator: '一般公共预算收入', value: 10.2, unit: '亿元', yoyPct: 8.1 },
      'below',
      true,
    ],
    ['last year’s plan as the source', base, { ...last, source: 'previous_plan' }, 'below', true],
  ] as const)('%s', (_name, target, baseline, verdict, flagged) => {
    const [m] = checkAmbition([target], [baseline]);
    expect(m?.verdict).toBe(verdict);
    expect(m?.flagged).toBe(flagged);
  });

  it('marks growth comparisons as information and explains a ceiling in words', () => {
    const [growth] = checkAmbition(
      [{ ...base, indicator: '一般公共预算收入增长', type: 'growth', comparator: '=', value: 6, unit: '%' }],
      [{ ...last, indicator: '一般公共预算收入', value: 10.2, unit: '亿元', yoyPct: 8.1 }],
    );
    expect(growth?.severity).toBe('info');
    expect(growth?.messageZh).toBe('目标6%低于上年一般公共预算收入8.1%,相差2.1个百分点');
  });

  it('prefers the most similar baseline', () => {
    const [m] = checkAmbition(
      [{ ...base, indicator: '新增省级专精特新企业', value: 3, unit: '家' }],
      [
        { id: 'x', source: 'review', indicator: '新增国家级专精特新“小巨人”企业', value: 2, unit: '家' },
        { id: 'y', source: 'previous_plan', indicator: '新增省级专精特新企业', value: 5, unit: '家' },
      ],
    );
    expect(m?.baseline.id).toBe('y');
    expect(m?.flagged).toBe(true);
  });
});

const GOLD = new URL('../../../../shared/gold/heshan-2024.json', import.meta.url);

describe.skipIf(!existsSync(GOLD))(
  'checkAmbition on every gold item of Heshan 2024 (needs ../shared)',
  () => {
    interface GoldItem {
      indicator: string;
      comparator?: '=' | '>=' | '<=' | '~';
      value: number;
      unit: string;
      yoy_pct?: number;
    }
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { targets: GoldItem[]; actuals: GoldItem[] };
    const targets: AmbitionTarget[] = gold.targets.map((g, i) => ({
      targetId: i,
      indicator: g.indicator,
      type: g.unit === '%' && /增长$/.test(g.indicator) ? 'growth' : g.unit === '名' ? 'rank' : 'level',
      comparator: g.comparator ?? '=',
      value: g.value,
      unit: g.unit,
    }));
    const actuals: Baseline[] = gold.actuals.map((g, i) => ({
      id: i,
      source: 'review',
      indicator: g.indicator,
      value: g.value,
      unit: g.unit,
      comparator: g.comparator ?? '=',
      yoyPct: g.yoy_pct ?? null,
    }));

    it('flags 造林规模 among the targets set below 2023’s actual', () => {
      const flagged = checkAmbition(targets, actuals).filter((m) => m.flagged);
      console.log(
        `ambition check, Heshan gold: ${flagged.length} flagged\n${flagged.map((m) => `  ${m.messageZh} [${m.score}]`).join('\n')}`,
      );
      expect(flagged.map((m) => targets[m.targetId]?.indicator)).toContain('造林规模');
      expect(flagged.every((m) => m.score >= 0.6)).toBe(true);
    });
  },
);
