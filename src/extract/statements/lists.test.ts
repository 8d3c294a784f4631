import { describe, expect, it } from 'vitest';
import { completeParts } from './lists';

describe('completeParts pairs list parts by order and shares what is written once', () => {
  it.each([
    [
      'a short measure takes the qualifier of the first part',
      ['适龄儿童入园率', '普惠率'],
      ['适龄儿童入园率', '适龄儿童普惠率'],
    ],
    [
      'a short measure after a long first part',
      ['城市公交准点率', '满意率'],
      ['城市公交准点率', '城市公交满意率'],
    ],
    [
      'bare modifiers take the head of the last part',
      ['食品', '药品抽检合格率'],
      ['食品抽检合格率', '药品抽检合格率'],
    ],
    [
      'three parallel modifiers',
      ['小麦', '玉米', '大豆播种面积'],
      ['小麦播种面积', '玉米播种面积', '大豆播种面积'],
    ],
    [
      'the head starts after 等',
      ['纺织', '化工', '机械等行业利润'],
      ['纺织行业利润', '化工行业利润', '机械行业利润'],
    ],
    ['等 inside a word is not a list end', ['普通教育', '高等教育经费'], ['普通教育', '高等教育经费']],
    ['complete names stay whole', ['基础设施投资', '工业投资'], ['基础设施投资', '工业投资']],
    ['a long part names itself', ['道路交通事故起数', '受伤人数'], ['道路交通事故起数', '受伤人数']],
    ['a part ending like a whole word is not a short measure', ['引进外资', '投资'], ['引进外资', '投资']],
    ['modifiers of unequal length are not spliced', ['对西亚', '中东市场出口'], ['对西亚', '中东市场出口']],
    ['a modifier of three characters is not spliced', ['省部级', '市级平台'], ['省部级', '市级平台']],
    ['a head that opens with a quote is not shared', ['对欧', '“丝路”沿线出口'], ['对欧', '“丝路”沿线出口']],
  ])('%s', (_name, parts, expected) => {
    expect(completeParts(parts)).toEqual(expected);
  });
});
