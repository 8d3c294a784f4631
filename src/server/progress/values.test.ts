// The progress form's value examples (src/shared/units.ts valueExamples) are each accepted for a target of that unit:
// they said “12万、3.5亿元” for every target, and 3.5亿元 is refused for a target counted in 个.
import { describe, expect, it } from 'vitest';
import { valueExamples } from '../../shared/units';
import type { TargetRow } from '../../storage/schema';
import { valueInTargetUnit } from './values';

const target = (unit: string) => ({ unit }) as TargetRow;

describe('valueExamples', () => {
  it('fits the target’s unit', () => {
    expect(valueExamples('个')).toEqual(['120', '1.2万']);
    expect(valueExamples('亿元')).toEqual(['3.5', '3000万元']);
    expect(valueExamples('万元')).toEqual(['350', '1.2亿元']);
    expect(valueExamples('%')).toEqual(['6.5']);
    expect(valueExamples('个百分点')).toEqual(['6.5']);
    expect(valueExamples('千米')).toEqual(['120', '1.2万']);
  });

  it.each([
    '个',
    '家',
    '人',
    '人次',
    '亿元',
    '万元',
    '万亩',
    '公顷',
    '千米',
    '公里',
    '千吨',
    '%',
    '成',
    '个百分点',
    '位',
    '标准箱',
  ])('gives examples the server accepts for a target in %s', (unit) => {
    for (const example of valueExamples(unit)) {
      const [, value, typedUnit] = /^([\d.]+)(.*)$/.exec(example) ?? [];
      expect(value, example).toBeDefined();
      expect(() => valueInTargetUnit(target(unit), Number(value), typedUnit), example).not.toThrow();
    }
  });
});
