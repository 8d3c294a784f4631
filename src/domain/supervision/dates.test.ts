import { describe, expect, it } from 'vitest';
import { addDays, dateZh, daysBetween, isIsoDate, localDate } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
  ])('isIsoDate(%s) is %s', (d, ok) => {
    expect(isIsoDate(d)).toBe(ok);
  });

  it.each([
    ['2024-03-31T15:59:59Z', '2024-03-31'],
    ['2024-03-31T16:00:00Z', '2024-04-01'],
    ['2024-04-01T00:30:00+08:00', '2024-04-01'],
  ])('the China local date of %s is %s', (instant, date) => {
    expect(localDate(instant)).toBe(date);
  });

  it('adds days across months and years and counts them back', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-03-25', '2024-06-04')).toBe(71);
  });

  it('writes the date line of an official document', () => {
    expect(dateZh('2024-10-05')).toBe('2024年10月5日');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => localDate('soon')).toThrow(RangeError);
  });
});
