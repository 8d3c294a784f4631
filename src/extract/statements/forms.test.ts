import { describe, expect, it } from 'vitest';
import { magnitudeBeforeNoun, magnitudeOnly, readChineseFraction, readFraction, readRank } from './forms';

/** Where `lead` first occurs in `text`. */
const at = (text: string, lead: string) => text.indexOf(lead);

describe('readFraction', () => {
  it.each([
    ['占比达到1/4左右', 25],
    ['约占全省2/3', 66.67],
  ])('reads %s as %d %%', (text, value) => {
    const start = text.search(/\d/);
    const q = readFraction(text, start, start + 1, Number(text[start]));
    expect([q?.value, q?.unit, q?.end]).toEqual([value, '%', start + 3]);
  });

  it.each([
    ['a date', '定于2024/3/5召开', 4],
    ['a numerator not below the denominator', '比例为5/4', 1],
    ['a code', '支持5/G网络', 1],
  ])('refuses %s', (_name, text, length) => {
    const start = text.search(/\d/);
    expect(
      readFraction(text, start, start + length, Number(text.slice(start, start + length))),
    ).toBeUndefined();
  });
});

describe('readChineseFraction', () => {
  it('reads 三分之一 and 百分之五', () => {
    expect(readChineseFraction('提高三分之一', 2, '三')?.value).toBe(33.33);
    expect(readChineseFraction('下降百分之五', 2, '百')?.value).toBe(5);
  });

  it('refuses a numerator not below the denominator', () => {
    expect(readChineseFraction('相当于三分之五', 3, '三')).toBeUndefined();
  });
});

describe('readRank', () => {
  it.each([
    ['排名全省第3位', '3', 3, false],
    ['跻身全国前5', '5', 5, true],
    ['代表队包揽本届赛事前3名', '3', 3, true],
  ])('reads %s', (text, lead, value, top) => {
    const start = at(text, lead);
    const q = readRank(text, start, start + 1, value);
    expect([q?.value, q?.unit, q?.rankTop, q?.start]).toEqual([value, '名', top, start - 1]);
  });

  it.each([
    ['a batch', '入选第3批名单'],
    ['no rank verb or scope', '建设第3个中心'],
    ['a prize list without a rank verb', '奖励赛事前3名选手'],
  ])('refuses %s', (_name, text) => {
    const start = at(text, '3');
    expect(readRank(text, start, start + 1, 3)).toBeUndefined();
  });
});

describe('magnitudes without a classifier', () => {
  it('keeps a magnitude before punctuation or a numeral', () => {
    expect(magnitudeOnly('跨上3万亿、4万亿', 3)).toEqual({ unit: '万亿', end: 5 });
    expect(magnitudeOnly('跨上3万亿台阶', 3)).toBeUndefined();
  });

  it('counts the noun after a magnitude unless it is defined by a size', () => {
    expect(magnitudeBeforeNoun('惠及20万职工', 2, 4)).toEqual({ unit: '万', end: 5, approx: false });
    expect(magnitudeBeforeNoun('覆盖20万人口以上的县', 2, 4)).toBeUndefined();
    expect(magnitudeBeforeNoun('增加20万元', 2, 4)).toBeUndefined();
  });

  it('counts the noun after a magnitude and 以上 unless a measure or 的 makes it a threshold', () => {
    // The quantity ends before 以上, which the comparator reads.
    expect(magnitudeBeforeNoun('惠及20万以上职工', 2, 4)).toEqual({ unit: '万', end: 5, approx: false });
    expect(magnitudeBeforeNoun('建设人口20万以上城镇', 4, 6)).toBeUndefined();
    expect(magnitudeBeforeNoun('覆盖20万以上的企业', 2, 4)).toBeUndefined();
    expect(magnitudeBeforeNoun('增加20万以上，', 2, 4)).toBeUndefined();
  });
});
