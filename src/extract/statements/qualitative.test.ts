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

  it('keeps nothing from the review part', () => {
    const raw = '## 一、2023年工作回顾\n主要预期目标是：进出口总值保持平稳增长，争创国家级示范园区。';
    expect(extractStatements(raw).qualitative).toEqual([]);
  });
});
