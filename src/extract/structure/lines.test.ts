import { describe, expect, it } from 'vitest';
import { endsWithAny, hasCode, lineBreaks, splitLines } from './lines';
import { headingTitle } from './sections';

describe('headingTitle', () => {
  it.each([
    ['着力扩大内需。把恢复和扩大消费摆在优先位置', '着力扩大内需', true],
    ['着力扩大内需。', '着力扩大内需', false],
    ['着力扩大内需：', '着力扩大内需', false],
    ['着力扩大内需。 ', '着力扩大内需', false],
    ['着力扩大内需', '着力扩大内需', false],
    // The first sentence needs at least two characters before its stop.
    ['好。很好。继续推进', '好。很好', true],
    ['甲。', '甲', false],
    ['', '', false],
  ])('%s → %s', (body, title, inline) => expect(headingTitle(body)).toEqual({ title, inline }));

  it('looks for the stop within the first 80 characters only', () => {
    const at80 = `${'字'.repeat(80)}。后文`;
    const at81 = `${'字'.repeat(81)}。后文`;
    expect(headingTitle(at80)).toEqual({ title: '字'.repeat(80), inline: true });
    expect(headingTitle(at81)).toEqual({ title: at81, inline: false });
  });
});

describe('splitLines', () => {
  it('classifies markers only at the start of a line, after markdown hashes', () => {
    const text =
      '## 一、工作回顾\n（二）民生\n● 要点\n附件1\n一是推进。\n第一部分 总体要求\n\n  \n正文一、二';
    expect(splitLines(text).map((l) => [l.kind, l.ordinal ?? '', l.body, l.depth])).toEqual([
      ['part', '一', '工作回顾', 2],
      ['area', '二', '民生', 0],
      ['bullet', '', '要点', 0],
      ['appendix', '', '', 0],
      ['paragraph', '', '一是推进。', 0],
      ['part', '一', '总体要求', 0],
      ['paragraph', '', '正文一、二', 0],
    ]);
  });

  it('finds the line breaks itself when not given them', () => {
    expect(lineBreaks('甲\n\n乙\n')).toEqual([1, 2, 4]);
    expect(lineBreaks('甲')).toEqual([]);
    const text = '一、回顾\n\n正文。\n（一）民生';
    expect(splitLines(text)).toEqual(splitLines(text, [4, 5, 9]));
  });

  it('keeps offsets into the text and skips blank lines', () => {
    const text = '甲。\n\n  \n乙。\n';
    expect(splitLines(text).map((l) => [l.start, l.end])).toEqual([
      [0, 2],
      [7, 9],
    ]);
  });
});

describe('endsWithAny and hasCode', () => {
  it.each([
    ['完成任务。', true],
    ['完成任务。”', true],
    ['完成任务：）', true],
    ['完成任务', false],
    ['”）', false],
    ['', false],
  ])('%s ends a sentence → %s', (s, expected) => expect(endsWithAny(s, '。！？；：')).toBe(expected));

  it('compares code units, so a character outside the set never matches', () => {
    expect(hasCode('，。', '。'.charCodeAt(0))).toBe(true);
    expect(hasCode('，。', 'a'.charCodeAt(0))).toBe(false);
    expect(hasCode('，。', Number.NaN)).toBe(false);
  });
});
