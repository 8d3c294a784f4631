// The quality bar on county reports written in the genre (fixtures/county, annotated by hand per
// ../shared/gold/README.md), scored as the shared scorer does (test/helpers/gold.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFixture } from '../../../test/helpers/gold';
import { analyzeStructure } from '../structure';

const dir = fileURLToPath(new URL('../../../fixtures/county/', import.meta.url));

/** The F1 reached on each report and kind: the test fails when quality falls below it. */
const BAR: Record<string, { target: number; actual: number }> = {
  'qinglan-2026': { target: 1, actual: 1 },
  'yunxi-2026': { target: 1, actual: 1 },
  'lingang-2026': { target: 1, actual: 1 },
  'shiquan-2026': { target: 1, actual: 1 },
  'tongxi-2026': { target: 1, actual: 1 },
  'tingshan-2026': { target: 1, actual: 1 },
};

describe.each(Object.keys(BAR))('county fixture %s', (name) => {
  const scores = scoreFixture(dir, name);
  it.each(['target', 'actual'] as const)('reaches the F1 bar on %ss', (kind) => {
    const s = scores[kind];
    expect(s.f1).toBeGreaterThanOrEqual(BAR[name]![kind] - 1e-9);
    expect(s.ratioOk).toBe(s.ratioGold);
  });
});

/** What the structure pass reads from each report, checked by hand: parts, area and task counts. */
const STRUCTURE: Record<string, { parts: string[]; areas: number; tasks: number }> = {
  'qinglan-2026': {
    parts: ['2025年工作回顾', '2026年工作安排', '全面加强政府自身建设', '名词解释'],
    areas: 12,
    tasks: 24,
  },
  'yunxi-2026': {
    parts: [
      '过去一年工作回顾',
      '2026年工作总体要求和目标任务',
      '2026年重点工作',
      '加强政府自身建设',
      '2026年区政府十件民生实事',
    ],
    areas: 9,
    tasks: 25,
  },
  'lingang-2026': {
    parts: ['“十四五”时期和2025年工作回顾', '“十五五”时期主要目标和2026年工作安排', '全面加强政府自身建设'],
    areas: 3,
    tasks: 16,
  },
  'shiquan-2026': { parts: ['2025年工作回顾', '2026年工作安排', '加强政府自身建设'], areas: 11, tasks: 14 },
  'tongxi-2026': {
    parts: ['2025年工作回顾', '2026年工作安排', '2026年区级民生实事项目'],
    areas: 6,
    tasks: 13,
  },
  'tingshan-2026': {
    parts: ['2025年工作回顾', '2026年主要目标任务', '2026年重点工作', '2026年县政府民生实事项目'],
    areas: 12,
    tasks: 12,
  },
};

describe.each(Object.keys(STRUCTURE))('county fixture %s structure', (name) => {
  const s = analyzeStructure(readFileSync(`${dir}${name}.txt`, 'utf8')).structure;
  it('reads the years, parts, areas, tasks and the main-targets paragraph', () => {
    expect([s.reviewYear, s.planYear]).toEqual([2025, 2026]);
    expect(s.sections.filter((x) => x.level === 'part').map((x) => x.title)).toEqual(STRUCTURE[name]!.parts);
    expect(s.sections.filter((x) => x.level === 'area')).toHaveLength(STRUCTURE[name]!.areas);
    expect(s.tasks).toHaveLength(STRUCTURE[name]!.tasks);
    expect(s.mainTargets).toBeDefined();
  });
});
