// Rules found on county reports written in the genre (fixtures/county): each on a sentence of its own.
import { describe, expect, it } from 'vitest';
import { brief, items, REVIEW } from '../../../test/helpers/statements';

describe('a share of a target set by the level above is the ratio to plan', () => {
  it.each([
    ['完成市定目标的', '城镇新增就业3100人，完成市定目标的118%。', 118],
    ['为省下达任务的', '实际利用外资1.6亿美元，为省下达任务的104.5%。', 104.5],
    ['完成上级下达计划的', '造林面积2.3万亩，完成上级下达计划的131%。', 131],
  ])('%s attaches to the level before', (_n, body, ratio) => {
    const got = items(body, REVIEW);
    expect(got).toHaveLength(1);
    expect(got[0]!.ratio_to_plan).toBe(ratio);
  });
});

describe('a glossary of terms gives no items (its figures define the terms)', () => {
  const body =
    '新增规上工业企业12家。\n附件\n名词解释\n1.规上服务业企业：年营业收入1000万元及以上的服务业企业。\n';
  it('keeps the figure of the report and drops the definition', () => {
    expect(items(body).map(brief)).toEqual([['target', '=', 12, '家']]);
  });
  it('also after 附件2 and a colon', () => {
    const got = items('新建公园3个。\n附件2：有关名词解释\n（1）限上企业：年零售额500万元以上的企业。\n');
    expect(got.map(brief)).toEqual([['target', '=', 3, '个']]);
  });
  it('not: an appendix listing the year’s projects keeps its figures', () => {
    const got = items('新建公园3个。\n附件\n2026年民生实事项目\n1.新建养老服务站8个。\n');
    expect(got.map(brief)).toEqual([
      ['target', '=', 3, '个'],
      ['target', '=', 8, '个'],
    ]);
  });
});

describe('a count inside a numbered item heads no list further on', () => {
  it('（1）新建幼儿园2所 is an item although two numbered lines come later', () => {
    const body =
      '今年办好八件民生实事：\n（1）新建城区幼儿园2所，新增学位360个；\n（2）新增停车位900个。\n附件\n1.学位：在校生数。\n2.停车位：公共泊位。\n';
    expect(items(body).map(brief)).toEqual([
      ['target', '=', 8, '件'],
      ['target', '=', 2, '所'],
      ['target', '=', 360, '个'],
      ['target', '=', 900, '个'],
    ]);
  });
  it('not: a count right before its own numbered list still heads it', () => {
    const body = '重点抓好三个方面工作：\n1.扩大投资。\n2.壮大产业。\n3.改善民生。\n';
    expect(items(body)).toEqual([]);
  });
});

describe('the number of a list item is no part of the indicator', () => {
  it.each([
    ['（3）', '（3）新增城市公共停车位1500个；'],
    ['(3)', '(3)新增城市公共停车位1500个；'],
    ['③', '③新增城市公共停车位1500个；'],
  ])('%s is dropped', (_n, body) => {
    expect(items(body).map((s) => s.indicator)).toEqual(['新增城市公共停车位']);
  });
});
