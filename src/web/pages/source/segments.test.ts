import { describe, expect, it } from 'vitest';
import { segment } from './segments';

const text = '地区生产总值增长6%左右,一般公共预算收入增长5%。';

describe('segment', () => {
  it('keeps the whole text when nothing is highlighted', () => {
    const runs = segment(text, [], []);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.text).toBe(text);
  });

  it('cuts out each highlight and keeps the text between them', () => {
    const a = { start: 0, end: 12, id: 1 };
    const b = { start: 13, end: 25, id: 2 };
    const runs = segment(text, [a, b], []);
    expect(runs.map((r) => [r.text, r.highlight?.id ?? null])).toEqual([
      ['地区生产总值增长6%左右', 1],
      [',', null],
      ['一般公共预算收入增长5%', 2],
      ['。', null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('marks a damaged stretch inside a highlight without losing the highlight', () => {
    const h = { start: 0, end: 12, id: 1 };
    const w = { start: 8, end: 10, code: 'garbled' };
    const runs = segment(text, [h], [w]);
    expect(runs.slice(0, 3).map((r) => [r.text, r.highlight?.id ?? null, r.warning?.code ?? null])).toEqual([
      ['地区生产总值增长', 1, null],
      ['6%', 1, 'garbled'],
      ['左右', 1, null],
    ]);
  });

  it('lets the earlier highlight win where two overlap', () => {
    const runs = segment(
      text,
      [
        { start: 0, end: 8, id: 1 },
        { start: 6, end: 12, id: 2 },
      ],
      [],
    );
    expect(runs.slice(0, 2).map((r) => [r.text, r.highlight?.id])).toEqual([
      ['地区生产总值增长', 1],
      ['6%左右', 2],
    ]);
  });

  it('ignores spans outside the text or empty', () => {
    const runs = segment(
      text,
      [
        { start: 100, end: 120 },
        { start: 5, end: 5 },
        { start: -3, end: 2 },
      ],
      [],
    );
    expect(runs).toHaveLength(1);
  });
});
