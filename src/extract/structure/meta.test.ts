import { describe, expect, it } from 'vitest';
import { analyzeStructure } from './index';

const mainTargets = (text: string) => {
  const m = analyzeStructure(text).structure.mainTargets;
  return m && text.slice(m.start, m.end);
};

describe('main targets paragraph', () => {
  it('takes the paragraphs under a heading that names it', () => {
    const text =
      '一、2026年工作安排\n## 主要预期目标\n地区生产总值增长5%。\n城镇新增就业50万人。\n（一）扩大内需\n';
    expect(mainTargets(text)).toBe('地区生产总值增长5%。\n城镇新增就业50万人。');
  });

  it("prefers the coming year's paragraph to the five-year plan's", () => {
    const text =
      '一、工作安排\n“十五五”时期主要目标是：年均增长5%。\n今年经济社会发展的主要预期目标是：增长5%左右。\n';
    expect(mainTargets(text)).toBe('今年经济社会发展的主要预期目标是：增长5%左右。');
  });

  it('reads a line naming the targets twice once, and keeps the first of equal scores', () => {
    const text = '一、工作安排\n主要目标和主要预期目标：增长5%。\n主要目标：增长6%。\n';
    expect(mainTargets(text)).toBe('主要目标和主要预期目标：增长5%。');
  });

  it('skips a paragraph without a figure and one in the review', () => {
    const text = '一、过去一年工作回顾\n主要目标全面完成，增长5%。\n二、工作安排\n实现主要目标任务。\n';
    expect(mainTargets(text)).toBeUndefined();
  });

  it('takes the targets listed one a line after a lead-in ending in ：, up to a heading or a paragraph of prose', () => {
    const list =
      '地区生产总值640亿元，增长6%左右。\n城镇新增就业1.2万人。\n居民人均可支配收入与经济增长同步。';
    const prose =
      '实现上述目标，必须坚持稳中求进工作总基调，统筹发展和安全，把握好工作节奏和力度，确保各项目标任务落到实处，以实干实绩推动全县经济社会高质量发展，奋力谱写现代化建设新篇章。';
    const text = `一、2025年工作回顾\n全年增长5%。\n二、2026年工作安排\n全县主要预期目标如下：\n${list}\n${prose}\n（一）扩大内需\n`;
    expect(mainTargets(text)).toBe(`全县主要预期目标如下：\n${list}`);
    // Without the colon the line is a paragraph of its own, which holds no figure.
    expect(mainTargets(text.replace('如下：', '如下。'))).toBeUndefined();
  });
});
