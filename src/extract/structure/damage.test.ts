import { describe, expect, it } from 'vitest';
import { analyzeStructure } from './index';

const found = (raw: string, code: string) =>
  analyzeStructure(raw)
    .warnings.filter((w) => w.code === code && w.start !== undefined)
    .map((w) => raw.slice(w.start, w.end));

describe('repeated fragment warnings', () => {
  it.each([
    ['a clause repeating the tail before it', '坚持新发展理念，念，推进改革。', ['念']],
    ['a two-character repeat', '加快建设开放高地，高地；推进改革。', ['高地']],
    ['an ASCII comma and 、', '发展理念,念、推进改革。', ['念']],
    ['two repeats in one paragraph', '发展理念，念，推进改革，建设高地，高地。', ['念', '高地']],
    ['no repeat when the short clause differs', '发展理念，好，推进改革。', []],
    ['no repeat for a three-character clause', '发展理念，新理念，推进改革。', []],
    ['no repeat when one Han character stands before the comma', '念，念，推进改革。', []],
    // The first short clause (念念) is consumed as the repeat candidate of 理念; it cannot also
    // stand before the next comma.
    ['a short clause is not reused as the run before the next one', '理念，念念，念念，推进改革。', []],
    ['no repeat without clause punctuation after it', '发展理念，念念不忘', []],
  ])('%s', (_name, raw, expected) => {
    expect(found(raw, 'repeated_fragment')).toEqual(expected);
  });
});

describe('joined line break warnings', () => {
  it.each([
    ['a break inside a sentence', '推进改革，研发增长\n\n24%，规模扩大。', ['长\n\n2']],
    ['a CRLF break', '推进改革，研发增长\r\n24%，规模扩大。', ['长\r\n2']],
    ['a page header between', '推进改革，研发增长\n# 5 | 专题报道\n24%。', ['长\n# 5 | 专题报道\n2']],
    ['no warning for a dropped space', '推进改革，研发 增长24%。', []],
    ['no warning for a kept break', '完成任务。\n推进改革。', []],
  ])('%s', (_name, raw, expected) => {
    expect(found(raw, 'line_break_joined')).toEqual(expected);
  });

  it('summarises beyond twenty joined breaks', () => {
    const raw = '推进改革，研发增长\n24%，'.repeat(25);
    const joined = analyzeStructure(raw).warnings.filter((w) => w.code === 'line_break_joined');
    expect(joined).toHaveLength(21);
    expect(joined[20]!.start).toBeUndefined();
    expect(joined[20]!.message).toContain('5');
  });
});
