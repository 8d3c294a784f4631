import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import { cleanPre, resolveBareHead, topicBefore } from './indicator';

describe('resolveBareHead finds the named subject of the same kind', () => {
  it.each([
    [
      'a park named by a sentence before',
      '园区',
      ['县经济技术开发区新签约项目12个', '道路通车'],
      '县经济技术开发区',
    ],
    ['the nearest name wins', '企业', ['东方纺织企业扩产', '南岭建材企业投产'], '南岭建材企业'],
    ['a name of another kind is skipped', '园区', ['城投集团完成融资', '河西物流园区开工'], '河西物流园区'],
    ['only names of another kind: none', '园区', ['城投集团完成融资'], undefined],
    ['a sentence opening with an action is not a name', '园区', ['加快建设产业园区'], undefined],
    ['a name with a number is not a name', '园区', ['3个产业园区开工'], undefined],
  ])('%s', (_name, head, before, expected) => {
    expect(resolveBareHead(head, before)).toBe(expected);
  });
});

describe('topicBefore finds the topic a lone measure belongs to', () => {
  it.each([
    ['an industry', ['纺织产业加快转型'], '纺织产业'],
    ['a company', ['县城投公司完成改制'], '县城投公司'],
    ['an action is not a topic', ['推动纺织产业转型'], undefined],
  ])('%s', (_name, before, expected) => {
    expect(topicBefore(before)).toBe(expected);
  });
});

describe('a figure before 的 and a count names the counted noun', () => {
  it.each([
    [
      'an investment',
      '开工总投资8亿元的6个水利项目。',
      [
        ['水利项目总投资', 8, '亿元'],
        ['开工水利项目', 6, '个'],
      ],
    ],
    [
      'a length',
      '改造全长15公里的4条主干道。',
      [
        ['主干道全长', 15, '公里'],
        ['改造主干道', 4, '条'],
      ],
    ],
    [
      'an area',
      '新建面积2万平方米的3所学校。',
      [
        ['学校面积', 2, '万平方米'],
        ['新建学校', 3, '所'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    const r = extractStatements(`## 二、2026年工作安排\n${body}`);
    expect(r.targets.map((s) => [s.indicator, s.value, s.unit])).toEqual(expected);
  });
});

describe('a later clause without a subject takes the last subject of its sentence', () => {
  const REVIEW = '## 一、2025年工作回顾\n';
  it.each([
    ['年均增长 after a level', '全县生产总值达320亿元、年均增长6.5%。', '生产总值年均增长'],
    ['a measure after a count', '高新技术企业达210家、增加值增长9%。', '高新技术企业增加值增长'],
    ['the nearest subject wins', '新增规上企业30家、总量达410家。', '规上企业总量'],
    ['a time span is not a subject', '粮食产量达到90万吨，五年增加8万吨、年均增长2%。', '粮食产量年均增长'],
    ['居 inside a noun is not a predicate', '居民医保参保率达到96%、提高2个百分点。', '居民医保参保率提高'],
  ])('%s', (_name, body, expected) => {
    const r = extractStatements(REVIEW + body);
    const last = [...r.targets, ...r.actuals].sort((a, b) => a.start - b.start).pop();
    expect(last?.indicator).toBe(expected);
  });

  it('a count lead does not cross a clause', () => {
    const r = extractStatements(`${REVIEW}出台12条扶持政策，38个村级光伏项目并网发电。`);
    expect(r.actuals.map((s) => s.indicator)).toEqual(['出台扶持政策', '村级光伏项目并网发电']);
  });

  it('a count lead is shared inside its clause', () => {
    const r = extractStatements(`${REVIEW}新建5个养老中心、12个助餐点。`);
    expect(r.actuals.map((s) => s.indicator)).toEqual(['新建养老中心', '新建助餐点']);
  });
});

describe('cleanPre keeps the measure and drops what only frames it', () => {
  it.each([
    ['a list line number and a year', '3.2030年全市森林覆盖率', '森林覆盖率'],
    ['a year alone', '2027年全县粮食产量', '粮食产量'],
    ['年均 keeps its 均', '工业增加值年均', '工业增加值年均'],
    ['平均 keeps its 均', '高于全国平均', '高于全国平均'],
    ['a linking 均 goes', '两项指标均', '两项指标'],
  ])('%s', (_n, pre, expected) => {
    expect(cleanPre(pre)).toBe(expected);
  });
});

describe('figures coordinated by a conjunction each name their own noun', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    [
      'N个A和M个B: the first bound is not a threshold and the second takes the clause verb',
      '培育30家以上示范企业和15个特色园区。',
      [
        ['培育示范企业', '>=', 30],
        ['培育特色园区', '=', 15],
      ],
    ],
    [
      'ranges of counts take the noun after their upper bound',
      '新建4—6家研发中心和10—12家孵化器。',
      [
        ['新建研发中心', '>=', 4],
        ['新建研发中心', '<=', 6],
        ['新建孵化器', '>=', 10],
        ['新建孵化器', '<=', 12],
      ],
    ],
    [
      'a noun running into the next figure without a conjunction is still shared',
      '45个重点项目完成投资80亿元。',
      [
        ['重点项目完成投资', '=', 45],
        ['重点项目完成投资', '=', 80],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => [s.indicator, s.comparator, s.value])).toEqual(expected);
  });
});

describe('a two-character noun after 、 is parallel to the noun before it', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'a thing takes the place of the last noun',
      '维修改造街道60条、桥梁9座。',
      ['维修改造街道', '维修改造桥梁'],
    ],
    [
      'a measure still measures the thing before',
      '新建养老机构40个、床位3200张。',
      ['新建养老机构', '新建养老机构床位'],
    ],
    ['a state is said of the thing before', '建成跨河大桥3座、在建5座。', ['建成跨河大桥', '在建跨河大桥']],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a clause opening with a time span and a change is about the subject before', () => {
  const review = (body: string) => extractStatements(`一、过去五年工作回顾\n${body}`).actuals;
  it.each([
    ['digits', '社会消费品零售总额累计达到2.1万亿元，5年增长31%。', '社会消费品零售总额5年增长'],
    ['Chinese numerals', '森林覆盖率达到46%，十年提高3.2个百分点。', '森林覆盖率十年提高'],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('things listed after 、 share the verb that opened the list', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'each object takes the verb',
      '整治提升农贸市场12个、城市公厕86座。',
      ['整治提升农贸市场', '整治提升城市公厕'],
    ],
    ['an object with a verb of its own keeps it', '新建学校5所、扩建幼儿园8所。', ['新建学校', '扩建幼儿园']],
    [
      'a measure of the thing counted takes no verb',
      '建成快速路4条、通车里程86公里。',
      ['建成快速路', '通车里程'],
    ],
    ['rates take no verb', '建成示范村20个、绿化覆盖率45%。', ['建成示范村', '绿化覆盖率']],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('example lists before a count', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'a verb inside an item does not open the list',
      '重点打造智能装备、软件服务、新材料等3个千亿级产业集群。',
      '重点打造千亿级产业集群',
    ],
    [
      'with no noun after the count the list is what is counted',
      '新建口袋公园、街心绿地等260余处。',
      '新建口袋公园、街心绿地',
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body)[0]?.indicator).toBe(expected);
  });
});

describe('budget phrasing', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it('a change against last year’s budget takes the subject before it, and 拟按…安排 is no part of a name', () => {
    expect(
      plan('债务率拟按8%安排，债务规模2.1万亿元，比上年年初预算增加300亿元。').map((s) => s.indicator),
    ).toEqual(['债务率', '债务规模', '债务规模比上年年初预算增加']);
  });
});

describe('a two-character clause after a comma', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['a thing done in its own right names itself', '治理水土流失12万亩，植树360万株。', '植树'],
    ['a measure measures the subject before', '引进项目45个，投资68亿元。', '引进项目投资'],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('another stage of the things counted before, after 、 (gold/README.md: indicator)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['续建 after 新开工', '新开工高速公路5条、续建12条。', ['新开工高速公路', '续建高速公路']],
    [
      'a measure after 、 stays a measure (not changed)',
      '建成污水管网300公里、投资12亿元。',
      ['建成污水管网', '建成污水管网投资'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('按…安排 sets a planned figure (gold/README.md: growth targets keep the name of the growth)', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    ['a growth', '主要预期目标是：全市生产总值按增长6%安排。', ['生产总值增长']],
    ['a rate', '财政赤字率拟按2.5%安排。', ['财政赤字率']],
    ['安排 of other figures stays (not changed)', '安排专项资金50亿元。', ['安排专项资金']],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a thing listed after 、 takes the verb that opened the list (gold/README.md: indicator)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'also when its noun holds a verb-like word (服务平台)',
      '新建创新中心3家、科技服务平台5家。',
      ['新建创新中心', '新建科技服务平台'],
    ],
    [
      'not when it opens with a verb of its own',
      '新增示范社区12个、建成驿站30个。',
      ['新增示范社区', '建成驿站'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('全国 is a scope only in a national report (gold/README.md: regional scope words are left out)', () => {
  const actuals = (text: string) => extractStatements(text).actuals.map((s) => s.indicator);
  it("keeps 全国 that opens a title in a provincial report, and drops the report's own scope", () => {
    expect(actuals('一、2025年工作回顾\n全省地区生产总值增长5%，新增全国重点实验室6家。')).toEqual([
      '地区生产总值增长',
      '新增全国重点实验室',
    ]);
  });
  it('drops 全国 in a national report, which names no province or city as its scope', () => {
    expect(actuals('一、2025年工作回顾\n全国居民人均可支配收入增长5%。')).toEqual(['居民人均可支配收入增长']);
  });
});

describe('a measure alone takes the topic the sentence before opens with', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['an entity named by 主体', '市场主体活力增强。总量达到52万户。', ['市场主体总量']],
    ['not after an action on it', '加快培育经营主体。总量达到52万户。', ['总量']],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a measure alone takes the topic of its own sentence', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    [
      'the object of the opening action',
      '推动光伏产业提质增效，加快关键材料攻关，力争产值突破800亿元。',
      ['光伏产业产值'],
    ],
    [
      'a field named before 方面, and a second measure of it',
      '页岩气发展方面，加快勘探开发，力争产量达到50亿立方米、投资超80亿元。',
      ['页岩气产量', '页岩气投资'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('review 3: names of ranks, shares and words the cleaning used to cut', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'a rank naming only its scope ranks the figure before it',
      '港口货物吞吐量达6.2亿吨、居全国第5位。',
      ['港口货物吞吐量', '港口货物吞吐量全国排名'],
    ],
    [
      "a share of the scope's total after a level is the level's share; a gap in points stays a gap",
      '集成电路产量4200亿块、保持全国三成以上。投资增长8%、高于全国2个百分点。',
      ['集成电路产量', '集成电路产量占全国', '投资增长', '投资增长高于全国'],
    ],
    [
      'a state verb (保持, 稳定, 维持) linking the name to the figure is dropped, with a streak before it',
      '生活垃圾无害化处理率连续5年保持100%。货运总量维持30亿吨以上。水土保持率达到90%。',
      ['生活垃圾无害化处理率', '货运总量', '水土保持率'],
    ],
    [
      'a rank after 包揽 or after 连年 drops the verb and the streak word',
      '青年队连年包揽联赛前四名。园区综合评价连年位居全省第二。',
      ['青年队联赛排名', '园区综合评价全省排名'],
    ],
    [
      'a rank of a bare measure is of the level, not of its growth',
      '外贸进出口增长7.1%、规模保持全国第三。',
      ['外贸进出口增长', '外贸进出口规模全国排名'],
    ],
    [
      'a share after a growth rate is of the level',
      '风电整机产量增长22%、占全国6成。',
      ['风电整机产量增长', '风电整机产量占全国'],
    ],
    [
      '均 of 年均 and 人均, 及 of 惠及, 共 of 共享 stay in the name',
      '新增养老床位年均超过3000张。助餐政策惠及12万名老人。共享单车投放量8万辆。',
      ['新增养老床位年均', '助餐政策惠及老人', '共享单车投放量'],
    ],
    [
      'a 等 inside quotes closes no example list; 等方面 frames the examples',
      '推出“即来即办”事项36项。出台育儿、养老等方面12项政策。',
      ['推出“即来即办”事项', '政策'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('the enumerator of a list of tasks is not part of a name', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    [
      '一是/十二是 open the items',
      '一是新建托育园12所。十二是为困难老人配送餐食8000份。',
      ['新建托育园', '为困难老人配送餐食'],
    ],
    ['a name that only contains 是 keeps it', '实现总是先行的示范社区5个。', ['实现总是先行的示范社区']],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('参与 and 并网 keep the characters that are also conjunctions', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it('a trailing 参与 keeps its 与, a leading 并网 its 并', () => {
    const r = review('举办农民运动会12场、2万余人次参与。新增储能装机50万千瓦、并网40万千瓦。');
    expect(r.map((s) => s.indicator)).toEqual([
      '举办农民运动会',
      '举办农民运动会参与',
      '新增储能装机',
      '新增储能并网',
    ]);
  });
  it('a linking 与 and a leading 并 still go', () => {
    const r = review('建成学校3所，并完成投资2亿元。');
    expect(r.map((s) => s.indicator)).toEqual(['建成学校', '建成学校完成投资']);
  });
});

describe('a level with no words of its own after a figure of another kind (gold/README.md: indicator)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'after the count of steps its subject passed, the level is the subject',
      '全市经济总量跨越2个千亿元台阶，达到8600亿元。',
      ['经济总量跨越千亿元台阶', '经济总量'],
    ],
    [
      'a time span before the predicate is not part of the subject',
      '全区财政收入三年跨过2个百亿元关口、突破300亿元。',
      ['财政收入三年跨过百亿元关口', '财政收入'],
    ],
    [
      'after a growth, the level is the subject without a measure word',
      '工业增加值增长6.2%、达到5400亿元。',
      ['工业增加值增长', '工业增加值'],
    ],
    [
      "a running total after a count of the same subject is that thing's total",
      '示范区新认定9个特色小镇、累计达到86个。',
      ['示范区新认定特色小镇', '示范区特色小镇累计'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a running total or a level after an increment names the thing, not the increment', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['累计 after 新增', '新增口袋公园40个，累计达到260个。', ['新增口袋公园', '口袋公园累计']],
    ['累计 after 建成 and 、', '建成充电桩1.2万个、累计达到6万个。', ['建成充电桩', '充电桩累计']],
    ['累计 after a closing 新增', '省级标准新增15项、累计达到90项。', ['省级标准新增', '省级标准累计']],
    [
      'a 分别 list of totals',
      '甲品牌、乙品牌分别新增3个和5个，累计分别达到20个和31个。',
      ['甲品牌新增', '乙品牌新增', '甲品牌累计', '乙品牌累计'],
    ],
    ['达到 after a change', '光伏装机同比增加80万千瓦、达到510万千瓦。', ['光伏装机同比增加', '光伏装机']],
    [
      '达到 after a change against a year',
      '人均预期寿命较2020年提高1.2岁、达到80.1岁。',
      ['人均预期寿命较2020年提高', '人均预期寿命'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
  it.each([
    ['a total with its own noun', '新增口袋公园40个，累计培训园丁300人。', ['新增口袋公园', '累计培训园丁']],
    ['a total in another unit', '新增口袋公园40个，累计达到120公顷。', ['新增口袋公园', '新增口袋公园面积']],
  ])('not: %s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a 分别 list whose subject is only a comparison base refers to the figures before it', () => {
  it('较“十三五”时期分别增长', () => {
    const r = extractStatements(
      '一、2025年工作回顾\n新建道路400公里，改造管网2万公里，较“十三五”时期分别增长5%、40%。',
    );
    expect(r.actuals.map((s) => s.indicator)).toEqual([
      '新建道路',
      '改造管网',
      '新建道路较“十三五”时期增长',
      '改造管网较“十三五”时期增长',
    ]);
  });
});

describe('迈上 before a count of steps (gold/README.md comparator: a plain number)', () => {
  it('reads the count of steps passed as exact and a level after 迈上 as a floor', () => {
    const items = extractStatements(
      '一、2025年工作回顾\n全市经济总量连续迈上3个千亿元台阶，粮食产量迈上300亿斤新台阶。',
    ).actuals;
    expect(items.map((s) => [s.comparator, s.value, s.unit])).toEqual([
      ['=', 3, '个'],
      ['>=', 300, '亿斤'],
    ]);
  });
});

describe('the noun after a count runs on over a bracketed aside and over 、 to a part that ends the clause', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it.each([
    ['a bracketed aside', '推动12个县（市）建成示范区。', ['推动县（市）建成示范区']],
    ['an aside inside the noun', '建成6所职业（技工）院校实训基地。', ['建成职业（技工）院校实训基地']],
    [
      'more of the counted things after 、',
      '推动30个学校、机关食堂向社会开放。',
      ['推动学校、机关食堂向社会开放'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(plan(body).map((s) => s.indicator)).toEqual(expected);
  });
  it.each([
    ['a part with its own figure', '新建8个驿站、12个书屋。', ['新建驿站', '新建书屋']],
    ['a part opening with a verb', '新建8个驿站、完善配套设施。', ['新建驿站']],
    ['a part with a predicate', '开通15条线路、里程居全省前列。', ['开通线路']],
    ['an aside with 含', '新增公交车200辆（含电动车）。', ['新增公交车']],
  ])('not: %s', (_name, body, expected) => {
    expect(plan(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a count of things of the things counted just before (gold/README.md: indicator)', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    [
      'the first noun ends before the second comparator; the second keeps the leading verb',
      '项目累计覆盖12个县约50万农户。',
      ['项目累计覆盖县', '项目累计覆盖县农户'],
    ],
    [
      'without a leading verb the first noun qualifies the second (not changed)',
      '9所职业院校14个专业入选省级名单。',
      ['职业院校', '职业院校专业入选省级名单'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).map((s) => s.indicator)).toEqual(expected);
  });
});

describe('a change after 从…增加到… and a multiple after a level take the subject before them', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it('年均增长 after 从X增加到Y', () => {
    const r = review('绿色贷款余额从900亿元增加到2100亿元、年均增长18%。');
    expect(r.map((s) => s.indicator)).toEqual(['绿色贷款余额', '绿色贷款余额', '绿色贷款余额年均增长']);
  });
  it('是…的N倍 after a level', () => {
    const r = review('高新技术企业达到5200家、是五年前的2.1倍。');
    expect(r.map((s) => s.indicator)).toEqual(['高新技术企业', '高新技术企业是五年前']);
  });
  it('not: a multiple with its own subject', () => {
    const r = review('高新技术企业达到5200家，研发投入是五年前的2.1倍。');
    expect(r.map((s) => s.indicator)).toEqual(['高新技术企业', '研发投入是五年前']);
  });
});

describe('排名 written before its scope names the scope ranking', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['with its own subject', '物流绩效指数排名全省第二。', '物流绩效指数全省排名'],
    [
      'ranking the figure before it',
      '港口货物吞吐量达到2.1亿吨、连续3年排名全国第五。',
      '港口货物吞吐量全国排名',
    ],
    ['not: the scope already before 排名', '物流绩效指数全省排名第二。', '物流绩效指数全省排名'],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('a benefit alone (惠及…, …受益) names what the clause before it did', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['after a figure of the sentence', '改造农村危房3200户，惠及1.1万余名群众。', '改造农村危房惠及群众'],
    [
      'after a clause without a figure',
      '向困难群众发放取暖补贴，约80万人受益。',
      '向困难群众发放取暖补贴受益',
    ],
    ['a sum after a clause', '资助困难学生和孤儿，合计2400名。', '资助困难学生和孤儿合计'],
    ['a yearly benefit', '实施学生营养餐计划，每年惠及30多万学生。', '实施学生营养餐计划每年惠及学生'],
    ['not: a benefit after a benefit', '累计惠及12个乡镇近20万群众。', '累计惠及乡镇群众'],
    [
      'satisfaction after a clause naming a service with digits',
      '优化96110热线服务，满意率97.2%。',
      '优化96110热线服务满意率',
    ],
    [
      'a conversion after a figure in the same clause',
      '实际使用外资达到12亿美元、折合86亿元人民币。',
      '实际使用外资折合人民币',
    ],
    [
      'after an effect (带动), its cause written before 带动',
      '家电以旧换新带动销售额超120亿元、惠及消费者90余万人次。',
      '家电以旧换新惠及消费者',
    ],
    [
      'after an effect alone, the clause before it',
      '举办文旅消费季，带动消费36亿元，惠及游客200多万人次。',
      '举办文旅消费季惠及游客',
    ],
    [
      'not: a benefit with its own subject',
      '改造农村危房3200户，农房安全惠及1.1万余名群众。',
      '农房安全惠及群众',
    ],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('words after a figure that open with 并/且 are a predicate, not the counted noun', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['a level after a clause naming it', '外贸总额增长6%，突破3000亿元并连续5年居中部首位。', '外贸总额'],
    ['a count with its noun before', '建成社区食堂120个并全部对外开放。', '建成社区食堂'],
    ['not: a noun after a count', '建成120个社区食堂。', '建成社区食堂'],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('a figure after a count of its beneficiaries keeps the words with 为 before them', () => {
  const review = (body: string) => extractStatements(`一、2025年工作回顾\n${body}`).actuals;
  it.each([
    ['为 opening the clause', '为1200家企业减免租金3亿元。', '为企业减免租金'],
    ['words before 为', '以优惠价为16个县供应电煤900万吨。', '以优惠价为县供应电煤'],
    ['not: 成为 is no beneficiary', '成为3个示范区投资50亿元。', '示范区投资'],
  ])('%s', (_name, body, expected) => {
    expect(review(body).pop()?.indicator).toBe(expected);
  });
});

describe('共 closing a list of instances before a count with its noun works like 等', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it('the instances are dropped, the verb opening the list stays (完成…等7条道路建设 → 完成道路建设)', () => {
    expect(plan('改造东湖泵站、建成西岭泵站共4座排涝泵站。').map((s) => s.indicator)).toEqual([
      '改造排涝泵站',
    ]);
  });
  it('not: a list counted without a noun after the count stays', () => {
    expect(plan('新增城乡公交线路、城际巴士线路共120条。').map((s) => s.indicator)).toEqual([
      '新增城乡公交线路、城际巴士线路共',
    ]);
  });
});

describe('a year between a measure and its figure dates the target', () => {
  const plan = (body: string) =>
    extractStatements(`二、2026年工作安排\n${body}`).targets.map((s) => [s.indicator, s.value]);
  it('drops the year from the name', () => {
    expect(plan('风电装机容量2030年达到800万千瓦，林草覆盖率2028年底提高到40%。')).toEqual([
      ['风电装机容量', 800],
      ['林草覆盖率', 40],
    ]);
  });
  it('not: a year after 于 or 比 is a comparison base and stays', () => {
    expect(plan('工业增加值增速快于2025年1个百分点。')).toEqual([['工业增加值增速快于2025年', 1]]);
  });
});

describe('the noun after a count that runs into the next figure ends before its comparator word', () => {
  const plan = (body: string) =>
    extractStatements(`二、2026年工作安排\n${body}`).targets.map((s) => [s.indicator, s.value]);
  it.each([
    [
      '带动9个重点项目投资突破30亿元。',
      [
        ['带动重点项目投资', 9],
        ['重点项目投资', 30],
      ],
    ],
    [
      '力争6家企业营收达到50亿元。',
      [
        ['企业营收', 6],
        ['企业营收', 50],
      ],
    ],
    [
      '新建5个中心、12个站点。',
      [
        ['新建中心', 5],
        ['新建站点', 12],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(plan(body)).toEqual(expected);
  });
});

describe('a verb driving a measure to its level is no part of its name', () => {
  const plan = (body: string) =>
    extractStatements(`二、2026年工作安排\n${body}`).targets.map((s) => [s.indicator, s.value]);
  it.each([
    ['推动农村自来水普及率达到95%。', [['农村自来水普及率', 95]]],
    ['促进户籍人口平均预期寿命达到81岁。', [['户籍人口平均预期寿命', 81]]],
    ['推进30个老旧小区改造。', [['推进老旧小区改造', 30]]],
  ])('%s', (body, expected) => {
    expect(plan(body)).toEqual(expected);
  });
});

describe('a measure qualifying the noun after 的 names that noun, without the predicate closing it', () => {
  const review = (body: string) =>
    extractStatements(`一、2025年工作回顾\n${body}`).actuals.map((s) => [s.indicator, s.value]);
  it.each([
    ['总投资超80亿元的沿江物流枢纽开工建设。', [['沿江物流枢纽总投资', 80]]],
    [
      '总投资12亿元的4个城市更新项目全面贯通。',
      [
        ['城市更新项目总投资', 12],
        ['城市更新项目全面贯通', 4],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(review(body)).toEqual(expected);
  });
  it('not: a verb before the figure is no measure and keeps its place', () => {
    expect(
      extractStatements('二、2026年工作安排\n确定5%左右的增长目标。').targets.map((s) => s.indicator),
    ).toEqual(['确定增长目标']);
  });
});
