import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, parseRuleSet } from './rules';

describe('rule set defaults (DOMAIN.md §3.3 suggested default)', () => {
  it.each([
    ['yellow band for amounts, in points below 序时', DEFAULT_RULE_SET.thresholds.cumulativeYellowPoints, 10],
    ['yellow band for growth, in 百分点', DEFAULT_RULE_SET.thresholds.growthYellowPoints, 1],
    ['左右 on a rate, in 百分点', DEFAULT_RULE_SET.tolerances.ratePoints, 0.5],
    ['左右 on a level, in percent of the target', DEFAULT_RULE_SET.tolerances.levelPercent, 5],
    ['双过半 month', DEFAULT_RULE_SET.midYear.month, 6],
    ['双过半 percent', DEFAULT_RULE_SET.midYear.percent, 50],
  ])('%s is %d', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('uses the linear 序时 schedule', () => {
    expect(DEFAULT_RULE_SET.schedule).toEqual({ kind: 'linear' });
  });
});

describe('parseRuleSet', () => {
  it('fills what a region leaves out with the defaults', () => {
    const r = parseRuleSet({ name: '松阳规则', thresholds: { cumulativeYellowPoints: 30 } });
    expect(
      r.ok && [
        r.value.name,
        r.value.thresholds.cumulativeYellowPoints,
        r.value.thresholds.growthYellowPoints,
      ],
    ).toEqual(['松阳规则', 30, 1]);
  });

  it('accepts a monthly 序时 schedule', () => {
    const cumulative = [5, 10, 20, 30, 40, 55, 60, 70, 80, 88, 95, 100];
    expect(parseRuleSet({ schedule: { kind: 'monthly', cumulative } }).ok).toBe(true);
  });

  it.each([
    ['a schedule of 11 months', { schedule: { kind: 'monthly', cumulative: [10, 20] } }, '12个月'],
    [
      'a decreasing schedule',
      { schedule: { kind: 'monthly', cumulative: [5, 4, 20, 30, 40, 55, 60, 70, 80, 88, 95, 100] } },
      '逐月不减',
    ],
    ['an unknown colour', { colours: { completed: 'pink' } }, 'colours.completed'],
    ['a negative threshold', { thresholds: { growthYellowPoints: -1 } }, 'thresholds.growthYellowPoints'],
    ['a mid-year month 13', { midYear: { month: 13 } }, 'midYear.month'],
  ])('rejects %s with a message naming the field', (_name, input, fragment) => {
    const r = parseRuleSet(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
