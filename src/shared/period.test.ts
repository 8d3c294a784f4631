import { describe, expect, it } from 'vitest';
import { periodIdEndMonth, readPeriodId } from './period';

describe('readPeriodId', () => {
  it.each([
    ['2024-05', { year: 2024, kind: 'month', index: 5 }],
    ['2024-Q3', { year: 2024, kind: 'quarter', index: 3 }],
    ['2024-H1', { year: 2024, kind: 'half', index: 1 }],
    ['2024', { year: 2024, kind: 'year', index: 1 }],
  ])('reads %s', (id, expected) => {
    expect(readPeriodId(id)).toEqual(expected);
  });

  it.each(['2024-13', '2024-00', '2024-5', '2024-Q5', '2024-H3', '24-05', '2024年5月', ' 2024-05', ''])(
    'refuses %j',
    (id) => {
      expect(readPeriodId(id)).toBeNull();
    },
  );
});

describe('periodIdEndMonth', () => {
  it.each([
    ['2024-02', 2],
    ['2024-Q3', 9],
    ['2024-H1', 6],
    ['2024-H2', 12],
    ['2024', 12],
  ])('%s ends in month %i', (id, month) => {
    expect(periodIdEndMonth(id)).toEqual({ year: 2024, month });
  });
});
