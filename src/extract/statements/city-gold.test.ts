// The quality bar on prefecture-city reports and newspaper summaries of district reports written in the
// genre (fixtures/city, annotated by hand per
// ../shared/gold/README.md), scored as the shared scorer does (test/helpers/gold.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFixture } from '../../../test/helpers/gold';
import { analyzeStructure } from '../structure';

const dir = fileURLToPath(new URL('../../../fixtures/city/', import.meta.url));

/** The F1 reached on each report and kind: the test fails when quality falls below it. */
const BAR: Record<string, { target: number; actual: number }> = {
  'lanzhou-city-2026': { target: 1, actual: 1 },
  'donghu-summary-2026': { target: 1, actual: 1 },
};

describe.each(Object.keys(BAR))('city fixture %s', (name) => {
  const scores = scoreFixture(dir, name);
  it.each(['target', 'actual'] as const)('reaches the F1 bar on %ss', (kind) => {
    const s = scores[kind];
    expect(s.f1).toBeGreaterThanOrEqual(BAR[name]![kind] - 1e-9);
    expect(s.ratioOk).toBe(s.ratioGold);
  });
});

/** What the structure pass reads from each report, checked by hand: parts, areas, tasks and warnings. */
const STRUCTURE: Record<
  string,
  { parts: string[]; areas: number; tasks: number; warnings: string[]; targetsOpen: string }
> = {
  'lanzhou-city-2026': {
    parts: [
      '2025年和“十四五”时期工作回顾',
      '2026年工作总体要求和主要预期目标',
      '2026年重点工作',
      '2026年市政府民生实事',
      '全面加强政府自身建设',
      '名词解释',
    ],
    areas: 15,
    tasks: 18,
    warnings: [],
    targetsOpen: '今年是“十五五”规划开局之年。综合考虑',
  },
  'donghu-summary-2026': {
    parts: ['2025年工作回顾', '2026年工作安排'],
    areas: 5,
    tasks: 5,
    targetsOpen: '今年经济社会发展的主要预期目标是：',
    warnings: [...Array<string>(12).fill('line_break_joined'), 'sentence_crosses_section'],
  },
};

describe.each(Object.keys(STRUCTURE))('city fixture %s structure', (name) => {
  const r = analyzeStructure(readFileSync(`${dir}${name}.txt`, 'utf8'));
  const s = r.structure;
  it('reads the years, parts, areas, tasks, the main-targets paragraph and the damage', () => {
    expect([s.reviewYear, s.planYear]).toEqual([2025, 2026]);
    expect(s.sections.filter((x) => x.level === 'part').map((x) => x.title)).toEqual(STRUCTURE[name]!.parts);
    expect(s.sections.filter((x) => x.level === 'area')).toHaveLength(STRUCTURE[name]!.areas);
    expect(s.tasks).toHaveLength(STRUCTURE[name]!.tasks);
    const raw = readFileSync(`${dir}${name}.txt`, 'utf8');
    expect(raw.slice(s.mainTargets!.start, s.mainTargets!.end)).toMatch(
      new RegExp(`^${STRUCTURE[name]!.targetsOpen}`),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(STRUCTURE[name]!.warnings);
  });
});
