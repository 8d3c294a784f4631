import { describe, expect, it } from 'vitest';
import { brief, items, PLAN, REVIEW } from '../../../test/helpers/statements';
import { extractStatements } from './index';

describe('comparators', () => {
  it.each([
    ['以上 is a floor that includes the number', '城镇新增就业1200万人以上。', '>=', 1200, '万人'],
    ['超过 is a floor', '全年签约项目超过40个。', '>=', 40, '个'],
    ['不少于 is a floor', '城镇新增就业不少于28万人。', '>=', 28, '万人'],
    ['以内 is a ceiling', '城镇调查失业率控制在5%以内。', '<=', 5, '%'],
    ['控制在 alone is a ceiling', '财政赤字率控制在3%。', '<=', 3, '%'],
    ['左右 is approximate', '地区生产总值增长5%左右。', '~', 5, '%'],
    ['左右 wins over 控制在', '细颗粒物年均浓度控制在29微克/立方米左右。', '~', 29, '微克/立方米'],
    ['近 is approximate', '新能源汽车年产量近70万辆。', '~', 70, '万辆'],
    ['约 is approximate', '推介重大项目总投资约2350亿元。', '~', 2350, '亿元'],
    ['签约 is not 约', '全年签约40个项目。', '=', 40, '个'],
    ['达到 on a target is a floor', '研发活动覆盖率达到75%。', '>=', 75, '%'],
    ['提升至 on a target is plain', '换乘比例提升至93%。', '=', 93, '%'],
    ['前三 is a rank ceiling', '确保营商环境评价进入全省前三。', '<=', 3, '名'],
    ['余 is a floor', '完成土地复垦700余亩。', '>=', 700, '亩'],
    ['超过 across a benchmark', '新增装机容量超过全国一半。', '>=', 50, '%'],
    ['约 across a benchmark', '能耗强度约为全省平均的80%。', '~', 80, '%'],
    ['以上 after a fraction', '出口规模占全国1/5以上。', '>=', 20, '%'],
    [
      'a gap in points after a benchmark stays plain',
      '增速超过全省平均水平0.5个百分点。',
      '=',
      0.5,
      '个百分点',
    ],
    ['低于 right before a figure is a ceiling', '单位能耗低于0.4吨标准煤/万元。', '<=', 0.4, '吨标准煤/万元'],
    ['不低于 stays a floor', '森林覆盖率不低于45%。', '>=', 45, '%'],
    ['a gap 低于 a benchmark stays plain', '失业率低于全省平均水平0.3个百分点。', '=', 0.3, '个百分点'],
  ])('%s', (_name, body, cmp, value, unit) => {
    expect(items(body).map(brief)).toEqual([['target', cmp, value, unit]]);
  });

  it.each([
    ['细颗粒物平均浓度低于每立方米25微克。', '细颗粒物平均浓度', '<=', 25, '微克/立方米'],
    ['二氧化硫浓度控制在每立方米8微克以内。', '二氧化硫浓度', '<=', 8, '微克/立方米'],
    ['全年药品抽检量超每千人3.2批次。', '药品抽检量', '>=', 3.2, '批次/千人'],
    ['托育机构托位达到每千人口4.5个。', '托育机构托位', '>=', 4.5, '个/千人口'],
  ])('reads a rate whose base is written before its figure: %s', (body, name, cmp, value, unit) => {
    const got = items(body);
    expect(got.map(brief)).toEqual([['target', cmp, value, unit]]);
    expect(got[0]!.indicator).toBe(name);
  });

  it.each([
    ['每万人口高价值发明专利拥有量达到18件。', '每万人口高价值发明专利拥有量', 18, '件'],
    ['每年建成绿道100公里。', '每年建成绿道', 100, '公里'],
  ])('keeps a base not right before the figure, or a time, in the name: %s', (body, name, value, unit) => {
    const got = items(body);
    expect(got.map((s) => [s.indicator, s.value, s.unit])).toEqual([[name, value, unit]]);
  });

  it.each([
    ['全年接待游客上千万人次。', '接待游客', 1000, '万人次'],
    ['带动社会投资上百亿元。', '带动社会投资', 100, '亿元'],
    ['培育创新团队上千家。', '培育创新团队', 1000, '家'],
    ['带动就业上万人。', '带动就业', 1, '万人'],
  ])('reads 上 before a round scale as a floor: %s', (body, name, value, unit) => {
    const got = items(body);
    expect(got.map(brief)).toEqual([['target', '>=', value, unit]]);
    expect(got[0]!.indicator).toBe(name);
  });

  it.each([['制造业增加值跨上万亿元台阶。'], ['新上百个项目。']])(
    'reads no scale after a word ending in 上: %s',
    (body) => {
      expect(items(body)).toEqual([]);
    },
  );

  it('reads no mass without its base (a campaign named by its goal)', () => {
    expect(items('深入实施2微克减排攻坚行动，空气优良天数比例达到80%。').map(brief)).toEqual([
      ['target', '>=', 80, '%'],
    ]);
  });

  it('reads 达到 on an actual as a plain value', () => {
    expect(items('研发活动覆盖率达到75%。', REVIEW).map(brief)).toEqual([['actual', '=', 75, '%']]);
  });

  it.each([['地区生产总值增长4.5%-5%。'], ['地区生产总值增长4.5%—5%。'], ['地区生产总值增长4.5-5%。']])(
    'gives a range %s two items on one span',
    (body) => {
      const got = items(body);
      expect(got.map(brief)).toEqual([
        ['target', '>=', 4.5, '%'],
        ['target', '<=', 5, '%'],
      ]);
      expect(got[0]!.start).toBe(got[1]!.start);
      expect(got[0]!.indicator).toBe('地区生产总值增长');
    },
  );
});

describe('ranges across coordinated counts', () => {
  it('pairs the bounds of a range inside its sentence, not with the next sentence', () => {
    const got = items('新增1个产业集群、2—3个物流园区。培育龙头企业5家以上。');
    expect(got.map((s) => [s.comparator, s.value, s.unit])).toEqual([
      ['=', 1, '个'],
      ['>=', 2, '个'],
      ['<=', 3, '个'],
      ['>=', 5, '家'],
    ]);
  });
});

describe('target or actual', () => {
  it('reads the review part as actuals and the plan part as targets', () => {
    const r = extractStatements(`${REVIEW}城镇新增就业4321人。\n${PLAN}城镇新增就业5000人以上。`);
    expect(r.actuals.map((s) => s.value)).toEqual([4321]);
    expect(r.targets.map((s) => s.value)).toEqual([5000]);
  });

  it.each([
    ['a forecast of the planned year', '预计今年一般公共预算支出规模28.5万亿元。', 'target'],
    ['this year named before 预计', '今年全市财政收入预计增长4%左右，支出规模380亿元。', 'target'],
    ['全年 in the plan part is the planned year', '预计全年接待游客达到1200万人次。', 'target'],
    ['a comparison base is not a date', '预计社会消费品零售总额比上年增长6%。', 'target'],
    ['预计 after a budget clause', '今年赤字率拟按2.8%安排，预计区级可用财力52亿元。', 'target'],
    ['the reviewed year by name', '预计去年全区地区生产总值增长5.2%。', 'actual'],
    ['上年 as the subject', '上年城镇居民人均可支配收入预计达到4.1万元。', 'actual'],
    ['a year before the planned one', '2023年预计完成固定资产投资86亿元。', 'actual'],
    ['the planned year by number', '预计2024年新增城镇就业6000人。', 'target'],
  ])('reads 预计 in the plan part: %s', (_name, body, kind) => {
    const all = items(body);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((s) => s.kind)).toEqual(all.map(() => kind));
    expect(all.at(-1)?.estimate).toBe(true);
  });

  it('keeps 预计 in the review part an estimated result', () => {
    const [s] = items('预计全年接待游客1100万人次、增长9%。', REVIEW);
    expect([s?.kind, s?.estimate]).toEqual(['actual', true]);
  });

  it('gives five-year results their period', () => {
    const text =
      '政府工作报告\n——2026年1月25日在大会上\n一、2025年工作回顾\n过去五年，地区生产总值年均增长5.2%。';
    const [s] = extractStatements(text).actuals;
    expect(s?.period).toBe('2021-2025');
  });

  it.each([
    ['确保', 'binding'],
    ['力争', 'aspirational'],
    ['争取', 'aspirational'],
    ['', 'plain'],
  ])('reads modality %j as %s', (word, modality) => {
    const [s] = extractStatements(`${PLAN}${word}新增外资企业2家以上。`).targets;
    expect(s?.modality).toBe(modality);
  });

  it.each([
    ['地区生产总值增长7.5%。', 'growth'],
    ['城镇调查失业率5.5%左右。', 'level'],
    ['研发活动覆盖率达到75%。', 'share'],
    ['新增外资企业2家以上。', 'count'],
    ['营商环境评价进入全省前三。', 'rank'],
    ['能耗下降0.5个百分点。', 'rate_change'],
    ['完成投资80亿元。', 'level'],
  ])('types %s as %s', (body, type) => {
    const [s] = extractStatements(PLAN + body).targets;
    expect(s?.type).toBe(type);
  });
});

describe('statements attached to others', () => {
  it('attaches a growth rate to the level before it', () => {
    const got = items('完成投资12亿元、增长8%。', REVIEW);
    expect(got.map(brief)).toEqual([['actual', '=', 12, '亿元']]);
    expect(got[0]!.yoy_pct).toBe(8);
  });

  it('attaches a fall as a negative growth rate', () => {
    const [s] = items('细颗粒物年均浓度27微克/立方米、下降11.5%。', REVIEW);
    expect(s?.yoy_pct).toBe(-11.5);
  });

  it('attaches the share of the annual plan', () => {
    const got = items('城镇新增就业4321人，完成年度任务的199.6%。', REVIEW);
    expect(got.map(brief)).toEqual([['actual', '=', 4321, '人']]);
    expect(got[0]!.ratio_to_plan).toBe(199.6);
  });

  it('keeps a gap against a benchmark as its own item, named after its subject', () => {
    const got = items('地区生产总值增长5.4%、高于全国0.4个百分点。', REVIEW);
    expect(got.map(brief)).toEqual([
      ['actual', '=', 5.4, '%'],
      ['actual', '=', 0.4, '个百分点'],
    ]);
    expect(got[1]!.indicator).toBe('地区生产总值增长高于全国');
  });

  it('names a light-verb measure after what the clause before counted', () => {
    const got = items('实施省市重点项目45个，完成投资68亿元，为年度计划的118%。', REVIEW);
    expect(got.map((s) => [s.value, s.indicator, s.ratio_to_plan])).toEqual([
      [45, '实施省市重点项目', undefined],
      [68, '实施省市重点项目完成投资', 118],
    ]);
  });

  it('names a measure standing alone after the topic of the sentences before', () => {
    const [s] = items('石化产业持续减油增化，建设一批项目。产值突破1300亿元。');
    expect(s?.indicator).toBe('石化产业产值');
  });

  it('gives one item per value of a 分别 list, with completed indicators', () => {
    const got = items('适龄儿童入园率和普惠率分别达96%和94%。', REVIEW);
    expect(got.map((s) => [s.indicator, s.value])).toEqual([
      ['适龄儿童入园率', 96],
      ['适龄儿童普惠率', 94],
    ]);
  });

  it('attaches a 分别 list of growth rates to the figures just listed', () => {
    const got = items('接待国内游客4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%。', REVIEW);
    expect(got.map((s) => [s.value, s.unit, s.yoy_pct])).toEqual([
      [4.16, '亿人次', 6.7],
      [936, '万人次', 39.6],
    ]);
  });

  it('takes the subjects of a 分别 list from the clause before when it has none', () => {
    const got = items('万亿产业、先进制造业集群从无到有，分别达2个、3个。', REVIEW);
    expect(got.map((s) => [s.indicator, s.value])).toEqual([
      ['万亿产业', 2],
      ['先进制造业集群', 3],
    ]);
  });

  it('gives a 分别 list the unit and the comparator written after its last figure', () => {
    const got = items('电子信息、装备制造业产业规模分别达1.28万亿、8200亿元左右。');
    expect(got.map(brief)).toEqual([
      ['target', '~', 1.28, '万亿元'],
      ['target', '~', 8200, '亿元'],
    ]);
  });

  it('gives two items for two indicators sharing one value', () => {
    const got = items('水质达标率、安全利用率全部达到100%。');
    expect(got.map((s) => [s.indicator, s.comparator, s.value])).toEqual([
      ['水质达标率', '>=', 100],
      ['安全利用率', '>=', 100],
    ]);
  });

  it('keeps a threshold inside the definition of the counted thing out', () => {
    const got = items('培育年经营收入超100万元的示范村2个以上。');
    expect(got.map(brief)).toEqual([['target', '>=', 2, '个']]);
    expect(got[0]!.indicator).toBe('培育年经营收入超100万元的示范村');
  });

  it('folds a count that restates the list before it', () => {
    expect(items('推进大运河、长城、西山永定河三条文化带建设。')).toEqual([]);
  });

  it('keeps a count of the objects of a commitment, without the examples', () => {
    const got = items('完成姬东线、土张线等7条道路建设。');
    expect(got.map(brief)).toEqual([['target', '=', 7, '条']]);
    expect(got[0]!.indicator).toBe('完成道路建设');
  });

  it('marks the starting point of a change as an optional actual', () => {
    const got = items('绿色出行比例从75.6%提升至76.5%。', REVIEW);
    expect(got.map((s) => [s.value, s.optional ?? false])).toEqual([
      [75.6, true],
      [76.5, false],
    ]);
  });

  it('reads 拓展到/扩展至 as a change from a starting point', () => {
    const got = items('联合执法事项从25个拓展到60个。', REVIEW);
    expect(got.map((s) => [s.value, s.optional ?? false, s.indicator])).toEqual([
      [25, true, '联合执法事项'],
      [60, false, '联合执法事项'],
    ]);
  });

  it('marks a count that only describes the subject of another figure as optional', () => {
    const got = items('78个省市重点项目完成投资131.5亿元。', REVIEW);
    expect(got.map((s) => [s.value, s.optional ?? false, s.indicator])).toEqual([
      [78, true, '省市重点项目完成投资'],
      [131.5, false, '省市重点项目完成投资'],
    ]);
  });

  it('records a streak on the figure it qualifies', () => {
    const [s] = items('服务业扩大开放连续4年在国家综合测评中位列第一。', REVIEW);
    expect(brief(s!)).toEqual(['actual', '=', 1, '名']);
    expect(s!.streak_years).toBe(4);
  });
});

describe('counts of the indicator system of the plan itself', () => {
  it.each([
    ['a count before 指标', '围绕开放合作，提出4项指标，其中进出口总额增长3%。'],
    ['a count after 预期性指标', '纲要共设置指标24项，其中预期性指标16项，约束性指标8项。'],
    ['a header before a colon', '设置了20项主要指标，包括：城镇新增就业40万人。'],
  ])('skips %s', (_n, body) => {
    const got = items(body, PLAN);
    expect(got.filter((s) => s.unit === '项')).toEqual([]);
  });
});

describe('a count that heads the enumeration right after it', () => {
  it.each([
    ['ordinals 一是…', '重点做好以下三个方面：一是稳投资。二是促消费。三是保民生。', '个'],
    [
      'items after a colon split on ；',
      '抓好4项重点工作，包括：稳住投资；提振消费；深化改革；保障民生。',
      '项',
    ],
    ['items after a colon split on ，', '全年干好3件大事：改造老城区，建设新园区，办好运动会。', '件'],
    ['dash-led paragraphs', '我们要把握好两个原则。\n——坚持稳中求进。\n——坚持守正创新。', '个'],
    [
      'dash-led paragraphs, one of them broken after a sentence (a wrapped page)',
      '做到三个始终。\n——始终坚持人民至上。\n我们要办好每件实事。\n——始终坚持实干为先。\n——始终坚持依法行政。\n（一）扩大内需。',
      '个',
    ],
    [
      'numbered headings',
      '今年突出五项任务。\n（一）扩大内需。\n（二）培育产业。\n（三）深化改革。\n（四）改善生态。\n（五）增进民生。',
      '项',
    ],
  ])('skips %s', (_n, body, unit) => {
    expect(items(body).filter((s) => s.unit === unit && s.value < 10)).toEqual([]);
  });

  it.each([
    ['fewer items follow than counted', '重点做好以下三个方面：一是稳投资。二是促消费。', 3],
    ['no enumeration follows', '新建4个方面的服务窗口，方便群众办事。', 4],
    ['a colon list of another length', '新建5座桥梁：东桥，西桥。', 5],
    ['a rank 第一 is no ordinal', '入选示范工厂2家，均居全省第一，第二批名单待定。', 2],
    [
      'a paragraph that opens a list of its own comes between dash lines',
      '守住两条底线。\n——守住安全底线。\n另要落实以下要求：\n——落实责任。',
      2,
    ],
  ])('keeps a count when %s', (_n, body, value) => {
    expect(items(body).map((s) => s.value)).toContain(value);
  });
});

describe('a count of promised deliverables (实事) is a target even when they are listed after it', () => {
  it.each([
    [
      'items after a colon split on ；',
      '办好4件惠民实事，包括：新建公厕30座；改造管网8公里；新增车位500个；建成驿站12个。',
      4,
    ],
    ['items after a colon split on ，', '全年办好3件实事：改造老旧小区，建设口袋公园，增设充电桩。', 3],
    ['ordinals', '今年再办好3件民生实事。一是新建托育机构。二是改造供水管网。三是增开公交线路。', 3],
  ])('%s', (_n, body, value) => {
    const count = items(body).find((s) => s.unit === '件');
    expect(count).toMatchObject({ kind: 'target', value });
    expect(count?.indicator).toContain('实事');
  });
});

describe('a count that restates the list right before it', () => {
  it.each([
    ['a 、 list', '建设东湖、西湖、南湖三个湿地公园。'],
    ['和 joining the last item', '提升一中、二中和实验中学3所学校。'],
    ['和 inside the last item', '打造滨河、老城和新区片区两个商圈。'],
    ['与 inside an earlier item', '建成养老与托育、文化站2个中心。'],
    ['a quoted slogan with 、 before the list', '按照“市县共建、一园一策”推进东园、西园两个园区建设。'],
  ])('folds it after %s', (_n, body) => {
    expect(items(body)).toEqual([]);
  });

  it.each([
    ['each part is counted itself (、)', '新建6个口袋公园、2个城市书房。', [6, 2]],
    ['each part is counted itself (和)', '新增3个乡镇和2个街道卫生院。', [3, 2]],
    ['a list with 等 is not restated', '建设东路、西路等2条道路。', [2]],
    ['the 、 is inside a quoted name', '打造“山水、田园”3个示范片区。', [3]],
  ])('keeps it when %s', (_n, body, values) => {
    expect(items(body).map((s) => s.value)).toEqual(values);
  });
});

describe('thresholds', () => {
  it.each([
    [
      'a count of firms over a revenue bound',
      '56家企业主营业务收入超50亿元。',
      ['actual', '=', 56, '家'],
      '企业主营业务收入超50亿元',
    ],
    [
      'a share of villages over an income bound',
      '90%以上的行政村集体收入超过20万元。',
      ['actual', '>=', 90, '%'],
      '行政村集体收入超过20万元',
    ],
    [
      'a count of parks over an output bound',
      '12个园区产值突破千亿元。',
      ['actual', '=', 12, '个'],
      '园区产值突破千亿元',
    ],
  ])('keeps %s as the item', (_n, body, want, indicator) => {
    const got = items(body, REVIEW);
    expect(got.map(brief)).toEqual([want]);
    expect(got[0]!.indicator).toBe(indicator);
  });

  it('keeps a total after a count as the item (a verb makes it a total)', () => {
    const got = items('85个重点项目完成投资超300亿元。', REVIEW);
    expect(got.map((s) => [s.value, s.optional ?? false])).toEqual([
      [85, true],
      [300, false],
    ]);
  });

  it('keeps a bound inside a circumstance as a figure of its own', () => {
    const got = items('出口在对欧贸易下降超2成的情况下增长8%。', REVIEW);
    expect(got.map((s) => [s.comparator, s.value, s.unit, s.indicator])).toEqual([
      ['>=', 2, '成', '对欧贸易下降'],
      ['=', 8, '%', '出口增长'],
    ]);
  });
});

describe('years as a unit', () => {
  it('reads 从X年提高到Y年 of a duration measure as an optional baseline and the result', () => {
    const got = items('劳动年龄人口平均受教育年限从10.5年提高到11年。', REVIEW);
    expect(got.map((s) => [s.value, s.unit, s.optional ?? false])).toEqual([
      [10.5, '年', true],
      [11, '年', false],
    ]);
  });
});

describe('ranks', () => {
  it.each([
    ['a scope right before the rank', '电子商务交易额全国第三。', 3, ['电子商务交易额全国排名']],
    ['a streak between the subject and the scope', '专利授权量连续5年全省第一。', 1, ['专利授权量全省排名']],
    ['列 before the scope', '营商环境评价列全国第8位。', 8, ['营商环境评价全国排名']],
    ['均 with a rank verb', '港口吞吐量、集装箱量均居全省第二。', 2, ['港口吞吐量', '集装箱量']],
    ['均 without a rank verb', '茶叶产量、产值均全国第一。', 1, ['茶叶产量', '茶叶产值']],
  ])('reads %s', (_name, body, value, indicators) => {
    const got = items(body, REVIEW);
    expect(got.map(brief)).toEqual(indicators.map(() => ['actual', '=', value, '名']));
    expect(got.map((s) => s.indicator)).toEqual(indicators);
  });

  it.each([
    ['counts', '新增专精特新企业120家、高新技术企业860家，均居全省第一。', 2],
    ['rates', '森林覆盖率、湿地保护率分别达45%、60%，均居全省第3。', 2],
    ['three levels', '签约外资项目40个、内资项目95个、总部项目12个，都居全市第一。', 3],
  ])('gives a subjectless shared rank after %s one item per figure before it', (_n, body, n) => {
    const ranks = items(body, REVIEW).filter((s) => s.unit === '名');
    expect(ranks.length).toBe(n);
    expect(new Set(ranks.map((s) => s.indicator)).size).toBe(n);
  });

  it.each([
    ['an ordinal batch after a scope', '获评全国第一批试点。'],
    ['an ordinal of a thing', '建成全省第一个智慧园区。'],
    ['a top share that defines a noun', '新增全球前1‰学科。'],
  ])('ignores %s', (_name, body) => {
    expect(items(body, REVIEW).filter((s) => s.unit === '名' || s.unit === '‰')).toEqual([]);
  });
});

describe('extractStatements input handling', () => {
  it('returns empty lists for empty text', () => {
    expect(extractStatements('')).toEqual({ targets: [], actuals: [], qualitative: [], warnings: [] });
  });

  it('stays linear on damaged text without punctuation (a hang fails on the test timeout)', () => {
    const r = extractStatements('新增企业12个'.repeat(100_000));
    expect(r.actuals.length).toBe(100_000);
  });

  it('gives offsets into the raw text when width and line breaks were repaired', () => {
    const raw = `${PLAN}地区生产总值增长７．５％，研发经费投入增长\n\n24%。`;
    const r = extractStatements(raw);
    expect(r.targets.map((s) => raw.slice(s.start, s.end))).toEqual([
      '地区生产总值增长７．５％',
      '研发经费投入增长\n\n24%',
    ]);
  });
});

describe('times counted in Chinese numerals', () => {
  it('a policy action done twice is a result', () => {
    expect(items('货币政策精准有力，两次下调存款准备金率。', REVIEW).map(brief)).toEqual([
      ['actual', '=', 2, '次'],
    ]);
  });
  it('how often a leader came is an event, not a result', () => {
    expect(items('总书记两次亲临本省考察、三次参加代表团审议。', REVIEW)).toEqual([]);
  });
});
