import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

const PLAN = '## 二、2024年工作安排\n';

describe('qualitative targets', () => {
  it('keeps the figure-less clauses of the main-targets sentence', () => {
    const raw = `${PLAN}主要预期目标是：地区生产总值增长7.5%，进出口总值保持平稳增长，居民收入与经济增长基本同步，在实际工作中努力争取更好结果。考虑了各方面因素。`;
    const r = extractStatements(raw);
    expect(r.qualitative.map((q) => [q.indicator, q.type])).toEqual([
      ['进出口总值保持平稳增长', 'qualitative'],
      ['居民收入与经济增长基本同步', 'qualitative'],
    ]);
    expect(r.targets.map((t) => t.value)).toEqual([7.5]);
  });

  it('reads the paragraph after a main-targets heading', () => {
    const raw = `${PLAN}### 经济社会发展的主要目标\n地区生产总值增长7.5%，单位生产总值能耗完成市定目标。`;
    const [q] = extractStatements(raw).qualitative;
    expect(q?.indicator).toBe('单位生产总值能耗完成市定目标');
    expect(raw.slice(q!.start, q!.end)).toBe('单位生产总值能耗完成市定目标');
  });

  it('keeps milestone commitments with their modality', () => {
    const raw = `${PLAN}大力发展总部经济，争创国家级工业互联网试点示范园区。`;
    const [q] = extractStatements(raw).qualitative;
    expect([q?.type, q?.modality, q?.indicator]).toEqual([
      'milestone',
      'aspirational',
      '争创国家级工业互联网试点示范园区',
    ]);
  });

  // gold/README.md: 翻番 and rank words without a numeral are not items; 两位数 is such a word for a
  // magnitude (≥ 10%), so 保持两位数增长 is a target without a number, not a `>=` 10 % item.
  it('keeps 两位数增长 as a target without a number', () => {
    const raw = `${PLAN}主要预期目标是：地区生产总值增长6%左右，规上工业增加值保持两位数增长。`;
    const r = extractStatements(raw);
    expect(r.qualitative.map((q) => q.indicator)).toEqual(['规上工业增加值保持两位数增长']);
    expect(r.targets.map((t) => t.value)).toEqual([6]);
  });

  it('reads no item from 两位数增长 in the review part', () => {
    const r = extractStatements('## 一、2023年工作回顾\n企业研发投入保持两位数增长，在岗院士突破两位数。');
    expect([...r.targets, ...r.actuals, ...r.qualitative]).toEqual([]);
  });

  it('keeps nothing from the review part', () => {
    const raw = '## 一、2023年工作回顾\n主要预期目标是：进出口总值保持平稳增长，争创国家级示范园区。';
    expect(extractStatements(raw).qualitative).toEqual([]);
  });
});
