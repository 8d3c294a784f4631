import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../shared/rules';
import type { Progress, Target } from '../target';
import { judgeTarget } from './index';

const growth = (value: number, extra: Partial<Target> = {}): Target => ({
  type: 'growth',
  comparator: '=',
  value,
  unit: '%',
  ...extra,
});
const at = (month: number, value: number | null): Progress => ({
  period: { year: 2024, kind: 'month', index: month },
  value,
});

describe('growth targets compare cumulative 同比 with the target (DOMAIN.md §3.2)', () => {
  it.each([
    ['7.6 vs 7.5 at 1–5月 is on track', growth(7.5), at(5, 7.6), 'on_track', 'green'],
    ['9 vs 7.5 is ahead by 1.5 百分点', growth(7.5), at(5, 9), 'ahead', 'green'],
    ['7 vs 7.5 is behind within 1 百分点: yellow', growth(7.5), at(5, 7), 'behind', 'yellow'],
    ['6.1 vs 7 is behind by 0.9: yellow', growth(7), at(9, 6.1), 'behind', 'yellow'],
    ['6 vs 7.5 is behind by 1.5: red', growth(7.5), at(9, 6), 'behind', 'red'],
    ['8.2 vs 8 at year end is completed', growth(8), at(12, 8.2), 'completed', 'blue'],
    [
      '7.2 vs 7.5左右 is within the ±0.5 tolerance',
      growth(7.5, { comparator: '~' }),
      at(5, 7.2),
      'on_track',
      'green',
    ],
    ['8 vs 超过8 is not met (strict)', growth(8, { comparator: '>' }), at(5, 8), 'behind', 'yellow'],
    [
      '8 vs 8以上 is met (以上 includes the number)',
      growth(8, { comparator: '>=' }),
      at(5, 8),
      'on_track',
      'green',
    ],
    ['no figure is no data', growth(8), at(5, null), 'no_data', 'grey'],
  ] as const)('%s', (_name, t, p, status, colour) => {
    const j = judgeTarget(t, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('ignores time progress: 8% in January is on track for an 8% target', () => {
    expect(judgeTarget(growth(8), at(1, 8)).status).toBe('on_track');
  });

  it('writes the gap in 个百分点 as the 通报 do', () => {
    const j = judgeTarget(growth(7), at(9, 6.1));
    expect(j.gap).toEqual({ value: -0.9, unit: '个百分点' });
    expect(j.sentence.zh).toBe('累计增长6.1%,低于目标0.9个百分点');
    expect(j.sentence.en).toBe('Year to date it grew 6.1%, 0.9 percentage points below the target');
  });

  it('writes a negative growth as 下降', () => {
    expect(judgeTarget(growth(5), at(3, -1.2)).sentence.zh).toBe('累计下降1.2%,低于目标6.2个百分点');
  });

  it('writes 全年 at year end', () => {
    expect(judgeTarget(growth(8), at(12, 8.5)).sentence.zh).toBe('全年增长8.5%,高于目标0.5个百分点');
  });

  it('says 与目标持平 when equal', () => {
    expect(judgeTarget(growth(8), at(6, 8)).sentence.zh).toBe('累计增长8%,与目标持平');
  });

  it('judges a decrease target on the fall as written (能耗下降3%)', () => {
    const j = judgeTarget(growth(3, { decrease: true }), at(6, 2.1));
    expect([j.status, j.sentence.zh]).toEqual(['behind', '累计下降2.1%,低于目标0.9个百分点']);
  });

  it('judges a ceiling on growth (CPI涨幅3%以内) as met below the number', () => {
    const j = judgeTarget(growth(3, { comparator: '<=' }), at(6, 3.4));
    expect([j.status, j.sentence.zh]).toEqual(['behind', '累计增长3.4%,高于控制目标0.4个百分点']);
  });

  it('uses the rule set growth band: 2 百分点 turns a 1.5 shortfall yellow', () => {
    const rules = parseRuleSet({ thresholds: { growthYellowPoints: 2 } });
    if (!rules.ok) throw new Error(rules.message);
    expect(judgeTarget(growth(7.5), at(9, 6), rules.value).colour).toBe('yellow');
  });

  it('meets the 确保 floor but not the 力争 stretch', () => {
    const j = judgeTarget(growth(8, { stretch: 10, modality: 'binding' }), at(6, 8.5));
    expect([j.status, j.stretchMet]).toEqual(['on_track', false]);
    expect(j.sentence.zh).toBe('累计增长8.5%,高于目标0.5个百分点,距力争目标还差1.5个百分点');
  });

  it('caps a 力争-only miss at yellow: stretch targets do not fail (§4)', () => {
    expect(judgeTarget(growth(10, { modality: 'aspirational' }), at(9, 5)).colour).toBe('yellow');
  });

  it('escalates a red light on a 约束性 target', () => {
    expect(judgeTarget(growth(3, { decrease: true, attribute: 'obligatory' }), at(12, 1)).escalate).toBe(
      true,
    );
  });

  it('judges a rate change in 个百分点 (提高2个百分点)', () => {
    const t: Target = { type: 'rate_change', comparator: '=', value: 2, unit: '个百分点' };
    expect(judgeTarget(t, at(6, 1.5)).sentence.zh).toBe('累计提高1.5个百分点,低于目标0.5个百分点');
  });

  it('rejects a growth figure given in 亿元', () => {
    expect(() => judgeTarget(growth(8), { ...at(6, 12), unit: '亿元' })).toThrow(/单位不一致/);
  });
});
