import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { extractStatements } from './index';
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
    [
      'a count of the same subject takes the subject written before the first count word',
      ['道路交通事故起数', '受伤人数'],
      ['道路交通事故起数', '道路交通事故受伤人数'],
    ],
    [
      'a long part without a count word names itself',
      ['林地保有量', '森林蓄积量'],
      ['林地保有量', '森林蓄积量'],
    ],
    ['a part ending like a whole word is not a short measure', ['引进外资', '投资'], ['引进外资', '投资']],
    [
      'modifiers of unequal length share a known measure',
      ['对西亚', '中东市场出口'],
      ['对西亚出口', '中东市场出口'],
    ],
    [
      'a two-character modifier before a longer one takes the measure, not the same length',
      ['蓝莓', '食用菌全产业链产值'],
      ['蓝莓全产业链产值', '食用菌全产业链产值'],
    ],
    [
      'three modifiers of mixed length',
      ['港口', '铁路', '城市管网投资'],
      ['港口投资', '铁路投资', '城市管网投资'],
    ],
    [
      'a last part with a verb before the measure is a phrase of its own',
      ['专项资金', '新增用地支持民营投资项目比重'],
      ['专项资金', '新增用地支持民营投资项目比重'],
    ],
    [
      'an earlier part naming its own measure stays whole',
      ['工业投资', '港口建设出口'],
      ['工业投资', '港口建设出口'],
    ],
    ['a modifier of three characters is not spliced', ['长三角', '珠三角港口'], ['长三角', '珠三角港口']],
    ['levels share the head after the last level', ['省部级', '市级平台'], ['省部级平台', '市级平台']],
    [
      'a bare measure takes the first part’s subject',
      ['省属企业营业收入', '利润'],
      ['省属企业营业收入', '省属企业利润'],
    ],
    ['a quoted modifier takes the measure', ['对欧', '“丝路”沿线出口'], ['对欧出口', '“丝路”沿线出口']],
    [
      'long parallel modifiers share the measure after the last modifier',
      ['示范公园', '示范绿道达标率'],
      ['示范公园达标率', '示范绿道达标率'],
    ],
    [
      'the last modifier is read at the length of the part before it',
      ['电信网络', '盗窃', '抢劫警情'],
      ['电信网络警情', '盗窃警情', '抢劫警情'],
    ],
    [
      'a first part that names its own measure stays whole',
      ['园区总产值', '企业营业收入'],
      ['园区总产值', '企业营业收入'],
    ],
  ])('%s', (_name, parts, expected) => {
    expect(completeParts(parts)).toEqual(expected);
  });
});

describe('a comparison base written once after a list of measures belongs to every item', () => {
  it('keeps 同比 and the shared subject on both counts', () => {
    const r = extractStatements('## 一、2025年工作回顾\n水上交通事故起数、死亡人数同比分别下降8%、6%。');
    expect(r.actuals.map((s) => s.indicator)).toEqual([
      '水上交通事故起数同比下降',
      '水上交通事故死亡人数同比下降',
    ]);
  });
});

const REVIEW = '## 一、2025年工作回顾\n';

function items(body: string): Statement[] {
  const r = extractStatements(REVIEW + body);
  return [...r.targets, ...r.actuals].sort((a, b) => a.start - b.start);
}

describe('growth rates and ratios attach to the level at their position', () => {
  it.each([
    [
      'a bare growth list pairs with the 分别 levels before it',
      '全县城镇、农村居民存款余额分别达120亿元、45亿元，增长6.1%、8.2%。',
      [
        [120, '亿元', 6.1, undefined],
        [45, '亿元', 8.2, undefined],
      ],
    ],
    [
      'a bare falling list pairs by position with a negative sign',
      '进口额、出口额分别为30亿元、50亿元，下降2%、3%。',
      [
        [30, '亿元', -2, undefined],
        [50, '亿元', -3, undefined],
      ],
    ],
    [
      'a growth list longer than the levels before it is not paired',
      '粮食产量80万吨，增长2%、3%。',
      [
        [80, '万吨', 2, undefined],
        [3, '%', undefined, undefined],
      ],
    ],
    [
      'a completion rate is the ratio to plan of the level before',
      '重点项目完成投资86亿元，投资完成率112.5%。',
      [[86, '亿元', undefined, 112.5]],
    ],
    [
      '完成年度计划的N% is the ratio to plan of the level before',
      '全年完成造林2.3万亩，完成年度计划的105%。',
      [[2.3, '万亩', undefined, 105]],
    ],
    [
      'a completion rate with no level before stays an item',
      '项目开工率、完成率均达到100%。',
      [
        [100, '%', undefined, undefined],
        [100, '%', undefined, undefined],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(items(body).map((s) => [s.value, s.unit, s.yoy_pct, s.ratio_to_plan])).toEqual(expected);
  });
});

describe('a growth rate keeps its comparator as yoy_comparator', () => {
  it.each([
    ['以上 on the rate', '全县文旅收入38亿元、增长12%以上。', 12, '>='],
    ['左右 on the rate', '全县文旅收入38亿元左右、增长12%左右。', 12, '~'],
    ['a plain rate has none', '全县文旅收入38亿元、增长12%。', 12, undefined],
    ['a comparator after a paired list', '城镇、农村居民收入分别达4万元、2万元，增长5%、7%以上。', 7, '>='],
  ])('%s', (_name, body, yoy, comparator) => {
    const last = items(body).pop();
    expect([last?.yoy_pct, last?.yoy_comparator]).toEqual([yoy, comparator]);
  });
});

describe('bare modifiers in a 分别 list keep the head as written', () => {
  it('names both incomes in full even when 农民人均… appears earlier in the paragraph', () => {
    const text =
      '二、2024年工作安排\n全年农民人均可支配收入增长较快。城镇、农村居民人均可支配收入分别增长5.5%、7%。';
    const names = extractStatements(text).targets.map((t: Statement) => t.indicator);
    expect(names).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
  });
});

describe('a list of subjects splits on conjunctions, not on the same characters inside words', () => {
  it.each([
    [
      '及 of 普及率 and 涉及 stays in the word',
      '校园网络普及率、图书覆盖率分别达到91%、76.5%。',
      ['校园网络普及率', '图书覆盖率'],
    ],
    [
      '和 of 和美 stays in the word',
      '和美村庄建成率、环境达标率分别达到40%、85%。',
      ['和美村庄建成率', '环境达标率'],
    ],
    [
      '与 of 参与率 stays in the word',
      '社区群众参与率与满意率分别达到70%、92%。',
      ['社区群众参与率', '社区群众满意率'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(items(body).map((s) => s.indicator.replace(/达到$/, ''))).toEqual(expected);
  });
});

describe('one figure shared by two indicators (均/都/全部) gives one item each', () => {
  it.each([
    [
      'a shared growth keeps the change in each name',
      '出口额和进口额均增长12%。',
      ['出口额增长', '进口额增长'],
    ],
    ['a shared bound 超', '甲类事项、乙类事项均超50项。', ['甲类事项', '乙类事项']],
    [
      'bare modifiers take the head written once',
      '城镇和农村居民收入均增长6%。',
      ['城镇居民收入增长', '农村居民收入增长'],
    ],
    [
      '年均 is not 均: a count after a list stays one total',
      '新兴产业、传统产业项目年均新增120个。',
      ['新兴产业、传统产业项目年均新增'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(items(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a verb driving the measures is not part of their names', () => {
  it.each([
    [
      '推动 before a 分别 list',
      '推动服务业、文化产业增加值分别增长6%、9%。',
      ['服务业增加值增长', '文化产业增加值增长'],
    ],
    ['实现 before a level', '实现旅游综合收入58亿元。', ['旅游综合收入']],
    ['a count keeps its verb', '实现12个村集体经济破零。', ['实现村集体经济破零']],
  ])('%s', (_name, body, expected) => {
    expect(items(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a predicate written once after a list of counts belongs to every count', () => {
  it.each([
    [
      'two counts joined by 、',
      '8所中学、3个实训基地入选省级示范名单。',
      ['中学入选省级示范名单', '实训基地入选省级示范名单'],
    ],
    [
      'two counts joined by 和',
      '4个乡镇和6个村获评省级卫生村镇。',
      ['乡镇获评省级卫生村镇', '村获评省级卫生村镇'],
    ],
    ['counts with predicates of their own keep them', '3个项目开工、5个项目投产。', ['项目开工', '项目投产']],
  ])('%s', (_name, body, expected) => {
    expect(items(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('counts whose noun is only a level share the head written once', () => {
  it('N个国家级、M个省级X gives each count the head X', () => {
    const { targets } = extractStatements(
      '二、2026年工作安排\n新建3个国家级、8个省级、12个市级技术创新中心。',
    );
    expect(targets.map((s) => [s.indicator, s.value])).toEqual([
      ['新建国家级技术创新中心', 3],
      ['新建省级技术创新中心', 8],
      ['新建市级技术创新中心', 12],
    ]);
  });
});

describe('a count joined to the next by a conjunction and that count’s examples', () => {
  it('N轮A和“B”等M个C keeps A to the first count and C to the second', () => {
    const { actuals } = extractStatements(
      '一、2025年工作回顾\n全市成功抵御9轮暴雪和“寒潮一号”等4次冷空气过程。',
    );
    expect(actuals.map((s) => [s.indicator, s.value, s.unit])).toEqual([
      ['成功抵御暴雪', 9, '轮'],
      ['成功抵御冷空气过程', 4, '次'],
    ]);
  });
});

describe('a 分别 list whose parts hold 和 splits on 、 when that matches the figures', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it('sectors share the measure after the last one', () => {
    const r = review('建筑业、交通运输和仓储业增加值分别增长3.1%、6.4%。');
    expect(r.map((s) => s.indicator)).toEqual(['建筑业增加值增长', '交通运输和仓储业增加值增长']);
  });
  it('not: a list that 和 joins as parts of its own keeps them', () => {
    const r = review('城镇和农村居民收入分别增长4%、6%。');
    expect(r.map((s) => s.indicator)).toEqual(['城镇居民收入增长', '农村居民收入增长']);
  });
});

describe('分别 after 城乡 and the verbs of a change to a level (gold/README.md: 分别 lists give one item per value)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      '城乡 names the urban then the rural figure',
      '城乡低保月均标准分别达到820元、650元。',
      ['城镇低保月均标准', '农村低保月均标准'],
    ],
    [
      '提高到 is no part of the names',
      '公园绿地覆盖率、污水收集率分别提高到88%、75%。',
      ['公园绿地覆盖率', '污水收集率'],
    ],
    [
      '城乡 with three values stays (not changed)',
      '城乡居民医保参保人数分别为120万、80万、40万人。',
      ['城乡居民医保参保人数', '城乡居民医保参保人数', '城乡居民医保参保人数'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe("what a list shares beside its parts (gold/README.md: indicator in the report's words)", () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'the class after 等 only sums up the list',
      '光伏电池、储能设备、工业机器人等新兴产品产量均增长15%以上。',
      ['光伏电池产量增长', '储能设备产量增长', '工业机器人产量增长'],
    ],
    [
      'a cause before 带动 is not the subject of the measures',
      '家电补贴带动限上家电、家具零售额分别增长18%、9%。',
      ['限上家电零售额增长', '家具零售额增长'],
    ],
    [
      'a driving verb inside a subject stays (not changed)',
      '文旅带动型产业、康养产业增加值分别增长8%、6%。',
      ['文旅带动型产业增加值增长', '康养产业增加值增长'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('single characters before 、 that share the rest of the last part (存、贷款 = 存款, 贷款)', () => {
  const review = (body: string) =>
    extractStatements(`一、2025年工作回顾\n${body}`).actuals.map((s) => [s.indicator, s.value]);
  it.each([
    [
      'a figure shared with 双双, the words before the first character are both parts’',
      '全市银行业本外币存、贷款余额双双突破3万亿元。',
      [
        ['银行业本外币存款余额', 3],
        ['银行业本外币贷款余额', 3],
      ],
    ],
    [
      'a 分别 list',
      '农村商业银行存、贷款余额分别增长7.2%、9.4%。',
      [
        ['农村商业银行存款余额增长', 7.2],
        ['农村商业银行贷款余额增长', 9.4],
      ],
    ],
    [
      'three characters in a chain',
      '大、中、小型灌区分别达到4处、31处、260处。',
      [
        ['大型灌区', 4],
        ['中型灌区', 31],
        ['小型灌区', 260],
      ],
    ],
    [
      'a character that closes a word before it is no part of a pair (初中 is one word)',
      '初中、小学巩固率均达到99%。',
      [
        ['初中巩固率', 99],
        ['小学巩固率', 99],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body)).toEqual(expected);
  });
});

describe('the verb opening a 分别 list of counts or amounts is each part’s', () => {
  const plan = (body: string) =>
    extractStatements(`二、2026年工作安排\n${body}`).targets.map((s) => [s.indicator, s.value]);
  it.each([
    [
      'one count said of each part',
      '引进培育省级专精特新企业、单项冠军企业分别达到150家以上。',
      [
        ['引进培育省级专精特新企业', 150],
        ['引进培育单项冠军企业', 150],
      ],
    ],
    [
      'one count per part',
      '改造提升农贸市场、社区菜店分别达到40个、120个。',
      [
        ['改造提升农贸市场', 40],
        ['改造提升社区菜店', 120],
      ],
    ],
    [
      'a part with a verb of its own keeps its own',
      '新建口袋公园、改造绿道分别达到25个、60公里。',
      [
        ['新建口袋公园', 25],
        ['改造绿道', 60],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(plan(body)).toEqual(expected);
  });
});

describe('A、B均 with the change written after the figure', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it('each part keeps the change (gold/README.md: growth names keep 增长)', () => {
    const r = review('港口吞吐量、集装箱量均保持5%以上增长。');
    expect(r.map((s) => s.indicator)).toEqual(['港口吞吐量增长', '集装箱量增长']);
  });
  it('not: a level shared by 均 stays a level', () => {
    const r = review('森林覆盖率、湿地保护率均达50%以上。');
    expect(r.map((s) => s.indicator)).toEqual(['森林覆盖率', '湿地保护率']);
  });
});

describe('将A、B分别从X、Y提高至Z: starting points of each part and one end (gold/README.md: 从X提升至Y)', () => {
  const review = (body: string) => {
    const r = extractStatements(`一、2025年工作回顾\n${body}`).actuals;
    return r.map((s) => [s.indicator, s.value, s.optional ?? false]);
  };
  it('names the parts with the measure the clause before changes, one item for the end', () => {
    expect(
      review(
        '持续减轻经营负担，提高增值税起征点，将个体户、小规模纳税人分别从每月10万元、8万元提高到15万元。',
      ),
    ).toEqual([
      ['个体户增值税起征点', 10, true],
      ['小规模纳税人增值税起征点', 8, true],
      ['个体户、小规模纳税人增值税起征点', 15, false],
    ]);
  });
  it('drops the owner the measure opens with when a part ends with it', () => {
    expect(
      review('加大研发激励，提高企业研发费用扣除比例，将工业企业、服务企业分别从40%、60%提高至90%。'),
    ).toEqual([
      ['工业企业研发费用扣除比例', 40, true],
      ['服务企业研发费用扣除比例', 60, true],
      ['工业企业、服务企业研发费用扣除比例', 90, false],
    ]);
  });
  it('not: two starting points and two ends pair by position, as before', () => {
    expect(review('认定总部企业、研发中心分别从120家、80家增加到150家、96家。')).toEqual([
      ['认定总部企业', 120, true],
      ['认定研发中心', 80, true],
      ['认定总部企业', 150, false],
      ['认定研发中心', 96, false],
    ]);
  });
});

describe('a scope opening a 分别 list of places is a part of its own', () => {
  const review = (body: string) =>
    extractStatements(`一、2025年工作回顾\n${body}`).actuals.map((s) => [s.indicator, s.value]);
  it.each([
    [
      '全省和高新区研发投入分别增长8%、15%。',
      [
        ['全省研发投入增长', 8],
        ['高新区研发投入增长', 15],
      ],
    ],
    [
      '全市、经济开发区工业增加值分别增长6%和9%。',
      [
        ['全市工业增加值增长', 6],
        ['经济开发区工业增加值增长', 9],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(review(body)).toEqual(expected);
  });
  it('not: a scope before a list of measures stays the scope', () => {
    expect(review('全市粮食、油料产量分别增长2%、3%。')).toEqual([
      ['粮食产量增长', 2],
      ['油料产量增长', 3],
    ]);
  });
});

describe('年均 written once before 分别 is every part’s change', () => {
  const review = (body: string) =>
    extractStatements(`一、2025年工作回顾\n${body}`).actuals.map((s) => [s.indicator, s.value]);
  it('gives each part 年均', () => {
    expect(review('高新区工业产值、固定资产投资年均分别增长8%、6%。')).toEqual([
      ['高新区工业产值年均增长', 8],
      ['固定资产投资年均增长', 6],
    ]);
  });
  it('not: a shared measure before 年均 is completed as before', () => {
    expect(review('农业、服务业增加值年均分别增长3%、7%。')).toEqual([
      ['农业增加值年均增长', 3],
      ['服务业增加值年均增长', 7],
    ]);
  });
});

describe('characters written as one compound before 分别 name a figure each (存贷款 = 存款、贷款)', () => {
  const review = (body: string) =>
    extractStatements(`一、2025年工作回顾\n${body}`).actuals.map((s) => [s.indicator, s.value]);
  it.each([
    [
      '金融机构人民币存贷款余额分别增长7%、9%。',
      [
        ['金融机构人民币存款余额增长', 7],
        ['金融机构人民币贷款余额增长', 9],
      ],
    ],
    [
      '大中型企业分别新增12家、30家。',
      [
        ['大型企业新增', 12],
        ['中型企业新增', 30],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(review(body)).toEqual(expected);
  });
  it.each([
    [
      '城乡居民收入分别增长5%、7%。',
      [
        ['城镇居民收入增长', 5],
        ['农村居民收入增长', 7],
      ],
    ],
    [
      '地区生产总值、进出口总额分别增长5%、6%。',
      [
        ['地区生产总值增长', 5],
        ['进出口总额增长', 6],
      ],
    ],
  ])('not: %s', (body, expected) => {
    expect(review(body)).toEqual(expected);
  });
});
