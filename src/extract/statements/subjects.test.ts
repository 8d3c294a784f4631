// Names of figures whose clause does not say what they measure: the subject comes from the figure
// before (gold/README.md: `indicator` in the report's words; a gap against a benchmark is its own item).
import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { extractStatements } from './index';

const REVIEW = '## 一、2025年工作回顾\n';
const PLAN = '## 二、2026年工作安排\n';

function names(body: string, part = REVIEW): [string, number, string][] {
  const r = extractStatements(part + body);
  return [...r.targets, ...r.actuals]
    .sort((a: Statement, b: Statement) => a.start - b.start)
    .map((s) => [s.indicator, s.value, s.unit]);
}

describe('a gap against a benchmark or the plan takes the subject of the figure before', () => {
  it.each([
    [
      '超过 a national average, in points',
      '县域财政收入增长6%，超过全国平均水平1.2个百分点。',
      ['县域财政收入增长超过全国平均水平', 1.2, '个百分点'],
    ],
    [
      '高出 an average',
      '外贸出口增长3%，高出全省平均2个百分点。',
      ['外贸出口增长高出全省平均', 2, '个百分点'],
    ],
    ['超计划 in a count', '新增市场主体420家、超计划35家。', ['新增市场主体超计划', 35, '家']],
  ])('%s', (_n, body, expected) => {
    expect(names(body)).toContainEqual(expected);
  });

  it('a clause with its own subject keeps it', () => {
    expect(names('粮食产量增长3%，优良水体比例超过考核目标5个百分点。')).toContainEqual([
      '优良水体比例超过考核目标',
      5,
      '个百分点',
    ]);
  });

  it('超过 before a figure of no gap is still a comparator', () => {
    expect(names('新增市场主体420家，超过300家的园区…。').map((n) => n[0])).not.toContain('新增市场主体超过');
  });
});

describe('a change after a time span takes the subject of the sentence', () => {
  it('近N年提升', () => {
    expect(names('林地占国土面积比例达到41%，近5年提升3个百分点。')).toContainEqual([
      '林地占国土面积比例近5年提升',
      3,
      '个百分点',
    ]);
  });
});

describe('a level after a growth of the same subject', () => {
  it('is named by the subject without the change', () => {
    expect(names('耕地有机质含量稳步提升2.1%、达到25克/千克。')).toContainEqual([
      '耕地有机质含量',
      25,
      '克/千克',
    ]);
  });
});

describe('a second measure of the same subject replaces the first measure', () => {
  it.each([
    ['播种面积 then 总产量', '油菜播种面积320万亩、总产量41万吨。', ['油菜总产量', 41, '万吨']],
    ['a target with 产量', '蔬菜种植面积80万亩以上、产量260万吨以上。', ['蔬菜产量', 260, '万吨']],
  ])('%s', (_n, body, expected) => {
    expect(names(body, PLAN)).toContainEqual(expected);
  });

  it('a count then a measure keeps the counted thing', () => {
    expect(names('实施重点项目45个，完成投资68亿元。')).toContainEqual(['实施重点项目完成投资', 68, '亿元']);
  });

  it('a total after an increment is of the whole, without the verb of adding', () => {
    expect(names('新增高速公路通车里程85公里，总里程达到8200公里。')).toEqual([
      ['新增高速公路通车里程', 85, '公里'],
      ['高速公路通车总里程', 8200, '公里'],
    ]);
  });
});

describe('words that are other fields leave the name', () => {
  it('预计 is estimate', () => {
    const r = extractStatements(`${REVIEW}旅游收入预计达到800亿元。`);
    expect(r.actuals.map((s) => [s.indicator, s.estimate])).toEqual([['旅游收入', true]]);
  });

  it.each([
    ['a streak is streak_years', '森林覆盖率连续5年稳定在60%以上。', '森林覆盖率'],
    [
      'a target year opening the words',
      '到2030年数字经济核心产业增加值突破2000亿元。',
      '数字经济核心产业增加值',
    ],
  ])('%s', (_n, body, expected) => {
    expect(names(body, PLAN)[0]![0]).toBe(expected);
  });
});

describe('a level after a count of its steps is the subject’s', () => {
  it('跨越N个台阶，达到X', () => {
    expect(names('工业总产值跨越2个千亿元台阶，达到3200亿元。')).toContainEqual(['工业总产值', 3200, '亿元']);
  });
  it('a total after another count keeps the counted thing', () => {
    expect(names('开工项目120个，完成投资85亿元。')).toContainEqual(['开工项目完成投资', 85, '亿元']);
  });
});

describe('a lone measure after a clause reporting a project done', () => {
  it('takes the project as its topic', () => {
    expect(names('港区二期工程投产，产能达5000万吨。')).toContainEqual(['港区二期工程产能', 5000, '万吨']);
  });
});

describe('a measure helped to its figure', () => {
  it('is named without the helper', () => {
    expect(names('省农科院助力玉米产量提高到650万吨。')).toContainEqual(['玉米产量', 650, '万吨']);
  });
  it('a count of helpers keeps its name', () => {
    expect(names('助力企业融资120亿元。')).toContainEqual(['助力企业融资', 120, '亿元']);
  });
});

describe('a measure alone after a first clause that reports on a subject', () => {
  it('takes that subject', () => {
    expect(names('油料产量再创新高，增量12万吨。')).toContainEqual(['油料产量增量', 12, '万吨']);
  });
  it('a first clause that is an action names no subject', () => {
    expect(names('加快推进产业升级，增加值增长6%。')).toContainEqual(['增加值增长', 6, '%']);
  });
});

describe('a medal count', () => {
  it('names its medal', () => {
    expect(names('运动员获得3金、2银。').map((n) => n[0])).toEqual(['运动员获得金牌', '运动员获得银牌']);
  });
});

describe('a rank that rose from a starting rank', () => {
  it('is named by its scope, without the starting rank', () => {
    expect(names('茶叶出口额从全省第9位跃升至第3位。').map((n) => n[0])).toContain('茶叶出口额全省排名');
  });
  it('a rank without a start keeps its name', () => {
    expect(names('茶叶出口额跃升至全省第3位。').map((n) => n[0])).toContain('茶叶出口额全省排名');
  });
});
