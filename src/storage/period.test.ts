import { describe, expect, it } from 'vitest';
import { periodEnd } from './period';

describe('periodEnd', () => {
  it.each([
    ['2024-01', '2024-01-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-Q1', '2024-03-31'],
    ['2024-Q3', '2024-09-30'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    ['2024', '2024-12-31'],
  ])('%s ends on %s', (p, end) => {
    expect(periodEnd(p)).toBe(end);
  });

  it.each(['2024-13', '2024-Q5', '24-01', '2024-1', '一季度'])('rejects %s', (p) => {
    expect(periodEnd(p)).toBeNull();
  });
});
