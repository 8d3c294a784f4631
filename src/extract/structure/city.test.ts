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

describe('a bullet title dating the main targets', () => {
  it('is not the main-targets paragraph: the paragraph after it is', () => {
    const text = `一、2025年工作回顾\n全区经济平稳运行。\n二、2026年工作安排\n■ 2026年主要预期目标\n今年全区主要预期目标是：地区生产总值增长6%，城镇新增就业8000人。\n（一）扩大投资\n扩大有效投资。全年完成投资50亿元。\n`;
    const s = analyzeStructure(text).structure;
    expect(text.slice(s.mainTargets!.start, s.mainTargets!.end)).toBe(
      '今年全区主要预期目标是：地区生产总值增长6%，城镇新增就业8000人。',
    );
  });
});

describe('a bullet title naming only the main targets', () => {
  it('is no task; the bullets after it are', () => {
    const text = `一、2025年工作回顾\n全区经济平稳运行。\n二、2026年工作安排\n■ 2026年主要预期目标\n今年全区主要预期目标是：地区生产总值增长6%。\n■ 扩大有效投资\n■ 壮大主导产业\n`;
    expect(analyzeStructure(text).structure.tasks.map((t) => t.title)).toEqual([
      '扩大有效投资',
      '壮大主导产业',
    ]);
  });
});

describe('an area title with its text on the line, cut before the next area', () => {
  it('warns that the sentence breaks off', () => {
    const text = `一、2025年工作回顾\n全区经济平稳运行。\n二、2026年工作安排\n（一）扩大投资。新开工项目20个，全年完成投资提高到\n（二）改善民生。新增学位800个。\n`;
    expect(analyzeStructure(text).warnings.map((w) => w.code)).toEqual(['sentence_crosses_section']);
  });
  it('not: an area title alone without its sentence mark', () => {
    const text = `一、2025年工作回顾\n全区经济平稳运行。\n二、2026年工作安排\n（一）扩大投资，稳住增长\n新开工项目20个。\n`;
    expect(analyzeStructure(text).warnings).toEqual([]);
  });
});

describe('the coming year named as the opening year of a five-year plan', () => {
  it('does not put its targets paragraph on the plan: the five-year goals before it lose', () => {
    const text = `一、2025年工作回顾\n全市经济平稳运行。\n二、2026年工作总体要求和主要预期目标\n“十五五”时期，全市地区生产总值年均增长6%左右。\n今年是“十五五”规划开局之年。今年全市主要预期目标是：地区生产总值增长6%，城镇新增就业3万人。\n三、2026年重点工作\n（一）扩大投资\n扩大有效投资。全年完成投资80亿元。\n`;
    const s = analyzeStructure(text).structure;
    expect(text.slice(s.mainTargets!.start, s.mainTargets!.end)).toBe(
      '今年是“十五五”规划开局之年。今年全市主要预期目标是：地区生产总值增长6%，城镇新增就业3万人。',
    );
  });
});
