// Structure read from prefecture-city reports and newspaper summaries written in the genre
// (fixtures/city): each on text of its own.
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from './index';

const head = '一、2025年工作回顾\n过去一年，全市经济平稳运行。\n二、2026年工作安排\n';

describe('an appendix titled 附：', () => {
  const s = analyzeStructure(
    `${head}（一）扩大投资\n扩大有效投资。全年完成投资80亿元。\n附：名词解释\n1.规上企业：年营业收入2000万元及以上的企业。\n2.口袋公园：面积在1万平方米以下的公园。\n`,
  );
  it('is a part of its own, and its numbered lines are no tasks', () => {
    expect(s.structure.sections.filter((x) => x.level === 'part').map((x) => x.title)).toEqual([
      '2025年工作回顾',
      '2026年工作安排',
      '名词解释',
    ]);
    expect(s.structure.tasks.map((t) => t.title)).toEqual(['扩大有效投资']);
  });
  it('gives no warning of a cut paragraph', () => {
    expect(s.warnings).toEqual([]);
  });
});
