import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../extract';
import { ambitionOfExtraction } from './import-checks';

describe('ambitionOfExtraction on examples/heshan-2024.txt through extractPlan', () => {
  const result = extractPlan(readFileSync('examples/heshan-2024.txt', 'utf8'));
  const { matches, flagged } = ambitionOfExtraction(result);
  const indicator = (targetId: number) => result.targets[targetId]?.indicator ?? '';

  it('flags 造林规模9500亩以上 against 2023’s 营造林规模2.2万亩', () => {
    const forest = flagged.find((m) => indicator(m.targetId).includes('造林规模'));
    expect(forest).toBeDefined();
    expect(forest?.baseline.indicator).toContain('营造林规模');
    expect(forest?.targetInBaselineUnit).toBe(0.95);
    expect(forest?.messageZh).toMatch(/目标9500亩\(折合0\.95万亩\)低于上年.*营造林规模2\.2万亩/);
  });

  it('links 土地复垦和开发指标700亩 to 完成土地复垦700余亩 as equal, not flagged', () => {
    const land = matches.find((m) => indicator(m.targetId).includes('土地复垦'));
    expect(land).toMatchObject({ verdict: 'equal', flagged: false });
  });

  it('takes baselines only from the review part (2023年工作回顾)', () => {
    const review = result.structure.sections.filter((s) => s.role === 'review');
    for (const m of matches) {
      const a = result.actuals[Number(m.baseline.id)];
      expect(review.some((s) => a && a.start >= s.start && a.end <= s.end)).toBe(true);
    }
  });

  it('prints what it flags', () => {
    console.log(
      `ambition check, Heshan via extractPlan: ${matches.length} linked, ${flagged.length} flagged\n${flagged
        .map((m) => `  ${indicator(m.targetId)}: ${m.messageZh} [${m.score}]`)
        .join('\n')}`,
    );
    expect(flagged.length).toBeLessThanOrEqual(matches.length);
  });
});
