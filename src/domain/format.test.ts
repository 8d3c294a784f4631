import { describe, expect, it } from 'vitest';
import { formatNumber, roundTo } from './format';

describe('formatNumber', () => {
  it.each([
    [53.333, 1, '53.3'],
    [126, 1, '126'],
    [126.04, 1, '126'],
    [0.9, 2, '0.9'],
    [21.666, 1, '21.7'],
    [41.0555, 2, '41.06'],
    [17.5, 2, '17.5'],
    [-0.04, 1, '0'],
    [-0.96, 1, '-1'],
    [1.005, 2, '1.01'],
    [22000, 1, '22000'],
  ])('writes %d with %d decimals as %s', (x, d, s) => {
    expect(formatNumber(x, d)).toBe(s);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero on negatives', () => {
    expect(roundTo(-2.25, 1)).toBe(-2.3);
  });
});
