import { describe, expect, it } from 'vitest';
import { ruleSetSchema } from '../../../../shared/rules';
import { format, messages } from '../../../app/messages';
import { bilingual, problemAt, schemaProblems } from './validate';

const tZh = (key: keyof (typeof messages)['zh'], values?: Record<string, string | number>) =>
  format(messages.zh[key], values);
const tEn = (key: keyof (typeof messages)['en'], values?: Record<string, string | number>) =>
  format(messages.en[key], values);

describe('bilingual', () => {
  it.each([
    ['序时进度表必须逐月不减 (the schedule must not decrease)', 'zh', '序时进度表必须逐月不减'],
    ['序时进度表必须逐月不减 (the schedule must not decrease)', 'en', 'the schedule must not decrease'],
    ['Invalid input', 'zh', 'Invalid input'],
  ] as const)('reads %s in %s', (message, locale, expected) => {
    expect(bilingual(message, locale)).toBe(expected);
  });
});

describe('schemaProblems on the rule set', () => {
  it('finds nothing wrong in the defaults', () => {
    expect(schemaProblems(ruleSetSchema, ruleSetSchema.parse({}), tZh, 'zh')).toEqual([]);
  });

  it.each([
    [{ thresholds: { growthYellowPoints: 120 } }, ['thresholds', 'growthYellowPoints'], '不能大于 100'],
    [{ thresholds: { cumulativeYellowPoints: -1 } }, ['thresholds', 'cumulativeYellowPoints'], '不能小于 0'],
    [{ midYear: { month: 13 } }, ['midYear', 'month'], '不能大于 12'],
    [{ sheets: { maxNewPerDay: 1001 } }, ['sheets', 'maxNewPerDay'], '不能大于 1000'],
    [{ sheets: { maxNewPerDepartmentPerDay: -1 } }, ['sheets', 'maxNewPerDepartmentPerDay'], '不能小于 0'],
    [{ tolerances: { ratePoints: null } }, ['tolerances', 'ratePoints'], '请填写'],
    [
      { schedule: { kind: 'monthly', cumulative: [5, 10, 20, 30, 40, 50, 45, 70, 80, 90, 95, 100] } },
      ['schedule', 'cumulative'],
      '序时进度表必须逐月不减',
    ],
    [
      { schedule: { kind: 'monthly', cumulative: [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99] } },
      ['schedule', 'cumulative'],
      '12月的序时进度必须为100',
    ],
  ])('puts the problem of %o on its field', (values, name, message) => {
    expect(problemAt(schemaProblems(ruleSetSchema, values, tZh, 'zh'), name)).toBe(message);
  });

  it('writes the problem in English when the UI is in English', () => {
    const problems = schemaProblems(ruleSetSchema, { thresholds: { growthYellowPoints: 120 } }, tEn, 'en');
    expect(problemAt(problems, ['thresholds', 'growthYellowPoints'])).toBe('At most 100');
  });
});
