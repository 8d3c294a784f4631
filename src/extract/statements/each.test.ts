import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { extractStatements } from './index';

const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
const plan = (body: string) => extractStatements(`三、2026年工作安排\n${body}`).targets;
const named = (items: Statement[]) => items.map((s) => [s.indicator, s.comparator, s.value, s.unit, s.span]);

describe('one figure said of every subject of a list without 均 (gold/README.md: two indicators, one number)', () => {
  it('splits a growth rate that two measures share', () => {
    const clause = '规模以上工业增加值、社会消费品零售总额增长6%左右';
    expect(named(plan(`主要预期目标是：${clause}。`))).toEqual([
      ['规模以上工业增加值增长', '~', 6, '%', clause],
      ['社会消费品零售总额增长', '~', 6, '%', clause],
    ]);
  });

  it.each([
    [
      'a rank of two products, the measure written once',
      '光伏组件、风电整机出口量稳居全国第二。',
      ['光伏组件出口量全国排名', '风电整机出口量全国排名'],
    ],
    ['a rate of bare modifiers', '城市、农村污水处理率达到95%。', ['城市污水处理率', '农村污水处理率']],
    [
      'parallel modifiers share the words after the last one',
      '创业板、科创板挂牌企业数量居全国第三。',
      ['创业板挂牌企业数量全国排名', '科创板挂牌企业数量全国排名'],
    ],
    [
      'unequal modifiers share only the measure word',
      '保税物流中心、国际邮件互换中心数量居中部第一。',
      ['保税物流中心数量中部排名', '国际邮件互换中心数量中部排名'],
    ],
    [
      '各 says the count of each',
      '省属高校、市属高校中各有3所入选国家级名单。',
      ['省属高校入选国家级名单', '市属高校入选国家级名单'],
    ],
  ])('%s', (_name, body, expected) => {
    const items = review(body);
    expect(items.map((s) => s.indicator)).toEqual(expected);
    expect(new Set(items.map((s) => s.span)).size).toBe(1);
  });

  it.each([
    ['a count after a list is its total', '新建学校、医院12所。', ['新建学校、医院']],
    ['a share of a whole is one figure', '电子、化工产业增加值占比达到40%。', ['电子、化工产业增加值占比']],
    ['a sum is one figure', '家电、汽车零售额合计增长9%。', ['家电、汽车零售额合计增长']],
    [
      'a quoted name for the set makes one subject',
      '电动汽车、锂电池“新两样”出口增长20%。',
      ['电动汽车、锂电池“新两样”出口增长'],
    ],
    [
      'a part with a verb is a clause of its own',
      '完成改革任务、并在考核中位列第一。',
      ['完成改革任务、并在考核中排名'],
    ],
    ['one-character modifiers inside a name', '对市、县转移支付增长8%。', ['对市、县转移支付增长']],
  ])('keeps one item: %s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe("a verb opening a list before 各 is each part's", () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    ['parts joined by 、', '新建市级农业园区、市级林业园区各6个。', ['新建市级农业园区', '新建市级林业园区']],
    ['parts joined by 和', '培育示范农场和示范合作社各15家。', ['培育示范农场', '培育示范合作社']],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => [s.indicator, s.value])).toEqual(
      expected.map((e) => [e, body.includes('各6') ? 6 : 15]),
    );
  });
  it('not: a list without 各 is one count', () => {
    expect(plan('新建市级农业园区和市级林业园区12个。').map((s) => s.indicator)).toEqual([
      '新建市级农业园区和市级林业园区',
    ]);
  });
});

describe('parts of mixed kinds after a list (each.ts)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it('gives the measure written last to every part', () => {
    expect(review('综合指数、PM10、二氧化氮改善幅度居全省第一。').map((s) => s.indicator)).toEqual([
      '综合指数改善幅度全省排名',
      'PM10改善幅度全省排名',
      '二氧化氮改善幅度全省排名',
    ]);
  });
  it('keeps one item when the last part names no known measure', () => {
    expect(review('综合指数、PM10、空气质量居全省第一。').map((s) => s.indicator)).toEqual([
      '综合指数、PM10、空气质量全省排名',
    ]);
  });
});
