// One figure said of several indicators gives one item per indicator on the same span
// (gold/README.md: "One clause with two indicators and one number gives two items").
import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { extractStatements } from './index';

const REVIEW = '## 一、2025年工作回顾\n';
const PLAN = '## 二、2026年工作安排\n';

function items(body: string, part = PLAN): [string, string, number, string][] {
  const r = extractStatements(part + body);
  return [...r.targets, ...r.actuals]
    .sort((a: Statement, b: Statement) => a.start - b.start || a.indicator.localeCompare(b.indicator))
    .map((s) => [s.indicator, s.comparator, s.value, s.unit]);
}

describe('one figure after 分别 and a list of subjects', () => {
  it('gives each subject the figure', () => {
    expect(items('新增省级园区、市级园区分别达到12个以上。')).toEqual([
      ['新增市级园区', '>=', 12, '个'],
      ['新增省级园区', '>=', 12, '个'],
    ]);
  });
  it('a single subject stays one item', () => {
    expect(items('城乡居民收入分别增长5%。')).toHaveLength(1);
  });
});

describe('双双 shares the figure like 均', () => {
  it('two measures both above a level', () => {
    expect(items('进口额、出口额双双突破500亿元。', REVIEW)).toEqual([
      ['出口额', '>=', 500, '亿元'],
      ['进口额', '>=', 500, '亿元'],
    ]);
  });
});

describe('a rate or a rank said once of a list of measures', () => {
  it.each([
    [
      'a growth',
      '一般公共预算收入、规上工业增加值增长6%左右。',
      [
        ['一般公共预算收入增长', '~', 6, '%'],
        ['规上工业增加值增长', '~', 6, '%'],
      ],
    ],
    [
      'a rank',
      '茶叶产量、产值稳居全省第一。',
      [
        ['产值全省排名', '<=', 1, '名'],
        ['茶叶产量全省排名', '<=', 1, '名'],
      ],
    ],
  ])('%s gives one item per measure', (_n, body, expected) => {
    const got = items(body, _n === 'a rank' ? REVIEW : PLAN);
    expect(got.map((g) => [g[0], g[2], g[3]])).toEqual(expected.map((e) => [e[0], e[2], e[3]]));
  });

  it('a count of a list is one sum', () => {
    expect(items('建设口袋公园、城市书房20个以上。')).toHaveLength(1);
  });
  it('a level of a list is one sum', () => {
    expect(items('完成造林、种草面积15万亩。')).toHaveLength(1);
  });
  it('modifiers sharing one measure stay one item', () => {
    expect(items('东城和西城地区生产总值增长5%。')).toHaveLength(1);
  });
});

describe('parts of a 分别 list that share what the last or first part writes', () => {
  it('levels share the head after the last level', () => {
    expect(items('省级、市级示范园区分别达到8家、21家。', REVIEW).map((i) => i[0])).toEqual([
      '市级示范园区',
      '省级示范园区',
    ]);
  });
  it('a bare measure takes the first part’s subject', () => {
    expect(items('规上企业营业收入、利润分别增长5%、9%。', REVIEW).map((i) => i[0])).toEqual([
      '规上企业利润增长',
      '规上企业营业收入增长',
    ]);
  });
  it('a part with its own subject keeps it', () => {
    expect(items('接待游客数量和游客总花费分别增长8%、9%。', REVIEW).map((i) => i[0])).toEqual([
      '接待游客数量增长',
      '游客总花费增长',
    ]);
  });
});

describe('a satisfaction rate with 均 after a list of counts is each count’s', () => {
  it('gives one rate per count', () => {
    expect(items('承办市人大代表建议215件、市政协提案340件，满意率均为100%。', REVIEW)).toEqual([
      ['承办市人大代表建议', '=', 215, '件'],
      ['承办市人大代表建议满意率', '=', 100, '%'],
      ['承办市政协提案', '=', 340, '件'],
      ['承办市政协提案满意率', '=', 100, '%'],
    ]);
  });
  it('without 均 the rate stays one item, named for all the counts', () => {
    expect(
      items('承办市人大代表建议215件、市政协提案340件，满意率98%。', REVIEW).filter((s) => s[3] === '%'),
    ).toEqual([['承办市人大代表建议、承办市政协提案满意率', '=', 98, '%']]);
  });
  it('not: a rate after one count keeps that count’s name', () => {
    expect(items('办理群众来信1200件，满意率97%。', REVIEW).filter((s) => s[3] === '%')).toEqual([
      ['办理群众来信满意率', '=', 97, '%'],
    ]);
  });
});
