import { describe, expect, it } from 'vitest';
import { compareQuantities, convertValue, magnitudeUnit, parseUnit } from './units';

describe('parseUnit', () => {
  it.each([
    ['亿元', 'money', '元', 1e8],
    ['万元', 'money', '元', 1e4],
    ['元', 'money', '元', 1],
    ['万亩', 'area', '亩', 1e4],
    ['公顷', 'area', '亩', 15],
    ['万人', 'people', '人', 1e4],
    ['万人次', 'person_times', '人次', 1e4],
    ['公里', 'length', '公里', 1],
    ['千米', 'length', '公里', 1],
    ['万吨', 'mass', '吨', 1e4],
    ['万千瓦', 'power', '千瓦', 1e4],
    ['家', 'count', '个', 1],
    ['项', 'count', '个', 1],
    ['条', 'count', '个', 1],
    ['%', 'percent', '%', 1],
    ['％', 'percent', '%', 1],
    ['成', 'percent', '%', 10],
    ['个百分点', 'points', '个百分点', 1],
    ['名', 'rank', '名', 1],
  ])('reads %s as %s in %s × %d', (unit, dimension, base, factor) => {
    expect(parseUnit(unit)).toMatchObject({ dimension, base, factor });
  });

  it.each(['标准箱', '万%', '万名', ''])('does not know %s', (unit) => {
    expect(parseUnit(unit)).toBeNull();
  });
});

describe('convertValue', () => {
  it.each([
    [2.2, '万亩', '亩', 22000],
    [17.5, '亿元', '万元', 175000],
    [8, '成', '%', 80],
    [5000, '人', '万人', 0.5],
    [3, '个', '家', 3],
    [1500, '米', '公里', 1.5],
  ])('converts %d %s to %s', (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it('rejects a value in the wrong dimension with a message naming both units', () => {
    const r = convertValue(12, '亩', '亿元');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('unit_mismatch');
      expect(r.message).toContain('“亩”');
      expect(r.message).toContain('“亿元”');
    }
  });

  it('keeps a growth rate apart from a change in percentage points', () => {
    expect(convertValue(0.5, '个百分点', '%')).toMatchObject({ ok: false, code: 'unit_mismatch' });
  });

  it('rejects an unknown unit with its name', () => {
    expect(convertValue(3, '标准箱', '个')).toMatchObject({ ok: false, code: 'unit_unknown' });
  });

  it('accepts an unknown unit compared with itself', () => {
    expect(convertValue(3, '标准箱', '标准箱')).toEqual({ ok: true, value: 3 });
  });
});

describe('compareQuantities', () => {
  it.each([
    [{ value: 9500, unit: '亩' }, { value: 2.2, unit: '万亩' }, -1],
    [{ value: 2.2, unit: '万亩' }, { value: 22000, unit: '亩' }, 0],
    [{ value: 1.2, unit: '亿元' }, { value: 9000, unit: '万元' }, 1],
  ] as const)('compares %o with %o', (a, b, expected) => {
    expect(compareQuantities(a, b)).toEqual({ ok: true, value: expected });
  });
});

describe('magnitudeUnit (a number typed as 12万 for a target)', () => {
  it.each([
    ['万', '亿元', '万元', 3000, 0.3],
    ['亿', '万元', '亿元', 3.5, 35000],
    ['万', '万亩', '万亩', 12, 12],
    ['万', '公顷', '万公顷', 12, 120000],
    ['万', '千瓦', '万千瓦', 2, 20000],
    ['千', '人', '千人', 1.5, 1500],
    ['万', '家', '万家', 1, 10000],
  ])('%s for a target in %s means %s (%d → %d)', (typed, target, unit, value, converted) => {
    expect(magnitudeUnit(typed, target)).toBe(unit);
    expect(convertValue(value, unit, target)).toEqual({ ok: true, value: converted });
  });

  it.each([
    ['万', '%'],
    ['万', '个百分点'],
    ['亿', '名'],
  ])('%s for a target in %s converts to nothing', (typed, target) => {
    expect(convertValue(1, magnitudeUnit(typed, target)!, target).ok).toBe(false);
  });

  it.each(['万元', '%', '', '万左右'])('%j is no bare magnitude', (typed) => {
    expect(magnitudeUnit(typed, '亿元')).toBeNull();
  });
});
