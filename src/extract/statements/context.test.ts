import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { extractStatements } from './index';

function periods(text: string): (string | undefined)[] {
  const r = extractStatements(`${text}## 二、2026年工作安排\n`);
  return [...r.targets, ...r.actuals].sort((a, b) => a.start - b.start).map((s: Statement) => s.period);
}

const FIVE_YEAR_PART = '## 一、“十四五”时期和2025年工作回顾\n';

describe('period comes only from an explicit multi-year scope', () => {
  it.each([
    [
      'a single past year after a five-year paragraph ends the period',
      `${FIVE_YEAR_PART}过去五年，全市粮食产量累计增长8%。\n刚刚过去的2025年，全市新建学校12所。\n`,
      ['2021-2025', undefined],
    ],
    [
      'an address before the single year does not hide it',
      `${FIVE_YEAR_PART}这五年，新增公园30个。\n各位代表，刚刚过去的2025年，新增公园4个。\n`,
      ['2021-2025', undefined],
    ],
    [
      '刚刚过去的一年 is a single year too',
      `${FIVE_YEAR_PART}过去五年，新增公园30个。\n刚刚过去的一年，新增公园4个。\n`,
      ['2021-2025', undefined],
    ],
    [
      'a five-year part heading gives its paragraphs the period',
      '## 一、“十四五”时期工作回顾\n全县新建道路120公里。\n',
      ['2021-2025'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});
