import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan, readReport, sortWarnings } from './index';

const heshan = readFileSync(new URL('../../examples/heshan-2024.txt', import.meta.url), 'utf8');

describe('extractPlan', () => {
  const result = extractPlan(heshan);

  it('returns statements and structure with offsets into the given text', () => {
    expect(result.targets.length).toBeGreaterThan(0);
    expect(result.actuals.length).toBeGreaterThan(0);
    const gdp = result.targets.find((t) => t.indicator.includes('地区生产总值'))!;
    expect(heshan.slice(gdp.start, gdp.end)).toContain('7.5%');
    expect(result.structure).toMatchObject({ reviewYear: 2023, planYear: 2024 });
    expect(result.structure.mainTargets!.start).toBeLessThanOrEqual(gdp.start);
    expect(result.structure.mainTargets!.end).toBeGreaterThanOrEqual(gdp.end);
  });

  it('puts statement targets inside the plan part and results inside the review part', () => {
    const [review, plan] = result.structure.sections.filter((s) => s.level === 'part');
    expect(result.targets.every((t) => t.start >= plan!.start)).toBe(true);
    expect(result.actuals.every((a) => a.end <= review!.end)).toBe(true);
  });

  it('merges warnings sorted by position', () => {
    const starts = result.warnings.map((w) => w.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.warnings.map((w) => w.code)).toContain('sentence_crosses_section');
  });
});

describe('sortWarnings', () => {
  it('puts document-level warnings first, then by start, end and code', () => {
    const sorted = sortWarnings([
      { code: 'b', message: '', start: 5, end: 9 },
      { code: 'a', message: '', start: 5, end: 9 },
      { code: 'c', message: '' },
      { code: 'd', message: '', start: 1, end: 2 },
    ]);
    expect(sorted.map((w) => w.code)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('readReport re-export', () => {
  it('reads bytes and hands the text to extractPlan', async () => {
    const read = await readReport(new TextEncoder().encode(heshan), 'heshan.txt');
    expect(extractPlan(read.text).structure.tasks).toHaveLength(25);
  });
});
