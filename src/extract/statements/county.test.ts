// Rules found on county reports written in the genre (fixtures/county): each on a sentence of its own.
import { describe, expect, it } from 'vitest';
import { brief, items, PLAN, REVIEW } from '../../../test/helpers/statements';

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

describe('a growth on the same basis (同口径) is the rate of the level before', () => {
  it('同口径增长 attaches as yoy_pct', () => {
    const got = items('地方财政收入完成9.6亿元，同口径增长2.8%。', REVIEW);
    expect(got.map(brief)).toEqual([['actual', '=', 9.6, '亿元']]);
    expect(got[0]!.yoy_pct).toBe(2.8);
  });
  it('按可比价计算增长 too', () => {
    const got = items('全县生产总值完成188亿元，按可比价计算增长5.1%。', REVIEW);
    expect(got[0]!.yoy_pct).toBe(5.1);
  });
  it('not: a growth target of its own stays an item', () => {
    expect(items('财政收入同口径增长3%。').map(brief)).toEqual([['target', '=', 3, '%']]);
  });
});

describe('names of county figures', () => {
  const names = (body: string, part = REVIEW) => items(body, part).map((s) => s.indicator);
  it('an enumerator right before a Chinese-numeral count is dropped (四是八件实事…)', () => {
    expect(names('四是八件实事全部办结。')).toEqual(['实事全部办结']);
  });
  it('a net increase after a total takes the subject (总数达到…，净增…)', () => {
    expect(names('科技型企业总数达到88家，净增13家。')).toEqual(['科技型企业总数', '科技型企业总数净增']);
  });
  it('a later stage of two words after 、 takes the verb’s place (新开工…、竣工投产…)', () => {
    expect(names('新开工工业项目14个、竣工投产9个。')).toEqual(['新开工工业项目', '竣工投产工业项目']);
  });
  it('the year’s planned investment after a count of projects is theirs', () => {
    expect(names('实施市级重点项目66个，年度计划投资41亿元。', PLAN)).toEqual([
      '实施市级重点项目',
      '实施市级重点项目年度计划投资',
    ]);
  });
});

describe('a bound defining a class wholly covered gives no item', () => {
  it('年收入10万元以上的村实现全覆盖: no item', () => {
    expect(items('村集体经营性年收入8万元以上的村实现全覆盖。', REVIEW)).toEqual([]);
  });
  it('not: a count of such villages stays', () => {
    expect(items('收入30万元以上的村达到41个。', REVIEW).map(brief)).toEqual([['actual', '=', 41, '个']]);
  });
});

describe('more names of county figures', () => {
  const names = (body: string, part = REVIEW) => items(body, part).map((s) => s.indicator);
  it('完成 with a work of its own (造林) is no measure of the figure before', () => {
    expect(names('改造中低产田3.1万亩，完成造林1.4万亩。')).toEqual(['改造中低产田', '完成造林']);
  });
  it('a part after 、 opening with a stage (竣工) keeps its own verb', () => {
    expect(names('新开工工业项目71个、竣工项目40个。')).toEqual(['新开工工业项目', '竣工项目']);
  });
  it('the subject of 由…年的X增加到Y drops 由 and the year for a growth after it', () => {
    expect(names('财政收入由2020年的20亿元增加到2025年的30亿元，年均增长8.4%。').at(-1)).toBe(
      '财政收入年均增长',
    );
  });
});

describe('county phrasing, round three', () => {
  const names = (body: string, part = REVIEW) => items(body, part).map((s) => s.indicator);
  it('办复率均为100% after two counts gives one rate per count', () => {
    expect(names('办理代表建议88件、委员提案120件，办复率均为100%。').sort()).toEqual([
      '办理代表建议',
      '办理代表建议办复率',
      '办理委员提案',
      '办理委员提案办复率',
    ]);
  });
  it('a bullet opening a list line is no part of the name', () => {
    expect(names('● 新建社区食堂12个；', PLAN)).toEqual(['新建社区食堂']);
  });
  it('a count bound defining a class wholly covered gives no item (50户以上自然村…全覆盖)', () => {
    expect(items('实现50户以上自然村通客车全覆盖。', REVIEW)).toEqual([]);
  });
  it('确保完成/力争完成 alone take the subject of the sentence', () => {
    expect(names('税收收入增长5%以上，确保完成8.2亿元、力争完成8.5亿元。', PLAN)).toEqual([
      '税收收入增长',
      '税收收入完成',
      '税收收入完成',
    ]);
  });
  it('a top group closing its clause after 进入 is a rank of at most N', () => {
    expect(items('力争进入全省县域经济50强。', PLAN).map(brief)).toEqual([['target', '<=', 50, '名']]);
    expect(items('推动经开区跻身全国百强。', PLAN).map(brief)).toEqual([['target', '<=', 100, '名']]);
  });
  it('not: a group named by a noun after 强 (百强县, 百强榜)', () => {
    expect(items('连续三年跻身全国百强县，入围全球百强创新集群。', REVIEW)).toEqual([]);
  });
});

describe('names in lists, round four', () => {
  const names = (body: string, part = REVIEW) => items(body, part).map((s) => s.indicator);
  it('the period of a level after 提高到 (每月) is no part of the 分别 names', () => {
    expect(names('城乡低保标准分别提高到每月700元、560元。')).toEqual(['城镇低保标准', '农村低保标准']);
  });
  it('bare levels before 各 share the head of the last part (国家级、省级创新平台各3个)', () => {
    expect(names('新增国家级、省级技术中心各4个。')).toEqual(['新增国家级技术中心', '新增省级技术中心']);
  });
});

describe('a rank after a streak of months', () => {
  it('连续12个月位居全市第一 names the rank without the streak', () => {
    expect(items('存款余额增速连续10个月位居全市第一。', REVIEW).map((s) => s.indicator)).toEqual([
      '存款余额增速全市排名',
    ]);
  });
});

describe('a numbered line with its body after a colon is no bare heading', () => {
  it('一、教育提质工程：新建幼儿园3所 gives its figures', () => {
    const got = items('二、教育提质工程：新建幼儿园3所，新增学位900个。\n');
    expect(got.map(brief)).toEqual([
      ['target', '=', 3, '所'],
      ['target', '=', 900, '个'],
    ]);
  });
  it('not: a heading ending in a colon', () => {
    expect(items('二、主要预期目标：\n地区生产总值增长6%。\n').map(brief)).toEqual([['target', '=', 6, '%']]);
  });
});

describe('names and comparators, round five', () => {
  const got = (body: string, part = PLAN) =>
    items(body, part).map((s) => [s.indicator, s.comparator, s.value]);
  it('确保/力争 between a measure and its change leave the name (增加值确保增长9%)', () => {
    expect(got('规上工业增加值确保增长8%，力争9%。')).toEqual([
      ['规上工业增加值增长', '=', 8],
      ['规上工业增加值增长', '=', 9],
    ]);
  });
  it('a total after a count added is of them all (新增…12家，总数达到86家)', () => {
    expect(got('新增科技型企业20家，总数达到150家。', REVIEW).at(-1)).toEqual(['科技型企业总数', '=', 150]);
  });
  it('跃上/迈上 a 台阶 is a floor, and 台阶 is no part of the name', () => {
    expect(got('农业总产值跃上100亿元台阶。', REVIEW)).toEqual([['农业总产值', '>=', 100]]);
    expect(got('力争工业总产值迈上600亿元台阶。')).toEqual([['工业总产值', '>=', 600]]);
  });
});

describe('changes to a level, round six', () => {
  const got = (body: string) => items(body, REVIEW).map((s) => s.indicator);
  it('扩大到/拓展至 before a level leave the name like 提高到', () => {
    expect(got('城区建成区面积扩大到31.2平方公里。')).toEqual(['城区建成区面积']);
  });
  it('比年初增加 after a balance takes its subject', () => {
    expect(got('各项贷款余额达到420亿元，比年初增加37亿元。')).toEqual([
      '各项贷款余额',
      '各项贷款余额比年初增加',
    ]);
  });
});

describe('gaps against a list of benchmarks with the unit written once', () => {
  it('分别高于全国、全省、全市1.6、1.2、0.8个百分点 gives one gap per benchmark', () => {
    const got = items('地区生产总值增长6.2%，分别高于全国、全省、全市1.2、0.9、0.5个百分点。', REVIEW);
    expect(got.slice(1).map((s) => [s.indicator, s.value, s.unit])).toEqual([
      ['地区生产总值增长高于全国', 1.2, '个百分点'],
      ['地区生产总值增长高于全省', 0.9, '个百分点'],
      ['地区生产总值增长高于全市', 0.5, '个百分点'],
    ]);
  });
  it('bare figures before 、 take the unit written once after the last', () => {
    const got = items('城乡居民收入分别增长0.6、0.9个百分点。', REVIEW);
    expect(got.map(brief)).toEqual([
      ['actual', '=', 0.6, '个百分点'],
      ['actual', '=', 0.9, '个百分点'],
    ]);
  });
  it('not: an ordinal list of line numbers (1、2、) or dates', () => {
    expect(items('1、2月份出口增长较快。', REVIEW)).toEqual([]);
  });
});

describe('a subset after 其中', () => {
  it('is done by the verb of the count before it (新增…，其中光伏装机…)', () => {
    expect(items('新增电力装机500万千瓦，其中光伏装机300万千瓦。', REVIEW).map((s) => s.indicator)).toEqual([
      '新增电力装机',
      '新增光伏装机',
    ]);
  });
  it('not: a subset with a verb of its own', () => {
    expect(items('城镇新增就业3000人，其中帮助困难人员就业420人。', REVIEW).at(-1)!.indicator).toBe(
      '帮助困难人员就业',
    );
  });
});

describe('an enumerator 二要 opening a task item', () => {
  it('is no part of the name', () => {
    expect(items('二要新建社区公园6个。').map((s) => s.indicator)).toEqual(['新建社区公园']);
  });
});

describe('a subset after 其中 naming a thing of its own', () => {
  it('takes the verb of the count before it (新增经营主体…，其中企业…)', () => {
    expect(items('新增市场主体4200户，其中企业960户。', REVIEW).map((s) => s.indicator)).toEqual([
      '新增市场主体',
      '新增企业',
    ]);
  });
});
