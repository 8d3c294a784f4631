import { describe, expect, it } from 'vitest';
import { currentPeriod, isPeriod, periodEndMonth, suggestedPeriod, timeProgressPct } from './period';

describe('periodEndMonth', () => {
  it.each([
    ['2024-05', 5],
    ['2024-12', 12],
    ['2024-Q1', 3],
    ['2024-Q3', 9],
    ['2024-H1', 6],
    ['2024-H2', 12],
    ['2024', 12],
  ])('reads %s as ending in month %i', (period, month) => {
    expect(periodEndMonth(period)).toBe(month);
  });

  it.each(['2024-13', '2024-Q5', '2024-H3', '24-05', '2024年5月', ''])('rejects %s', (text) => {
    expect(periodEndMonth(text)).toBeNull();
    expect(isPeriod(text)).toBe(false);
  });
});

describe('timeProgressPct', () => {
  it.each([
    ['2024-11', 91.7],
    ['2024-Q3', 75],
    ['2024-05', 41.7],
    ['2024-H1', 50],
  ])('gives 序时进度 of %s as %d%%', (period, pct) => {
    expect(timeProgressPct(period)).toBe(pct);
  });
});

describe('currentPeriod', () => {
  it('reports on the month just ended', () => {
    expect(currentPeriod(new Date(2024, 6, 10))).toBe('2024-06');
  });
  it('reports on the previous December in January', () => {
    expect(currentPeriod(new Date(2025, 0, 20))).toBe('2024-12');
  });
});

describe('suggestedPeriod', () => {
  it.each([
    [new Date(2024, 6, 10), 2024, '2024-06'],
    [new Date(2026, 10, 24), 2024, '2024-12'],
    [new Date(2023, 11, 1), 2024, '2024-01'],
    [new Date(2024, 6, 10), null, '2024-06'],
  ])('on %s for a %s plan suggests %s', (now, year, period) => {
    expect(suggestedPeriod(now, year)).toBe(period);
  });
});
