// Rules found on prefecture-city reports and newspaper summaries written in the genre (fixtures/city):
// each on a sentence of its own.
import { describe, expect, it } from 'vitest';
import { brief, items, REVIEW } from '../../../test/helpers/statements';

describe('a glossary titled 附：名词解释 gives no items', () => {
  it('drops the definitions after 附： and keeps the report’s figure', () => {
    const got = items('新建游园5个。\n附：名词解释\n1.规上企业：年营业收入500万元及以上的企业。\n');
    expect(got.map(brief)).toEqual([['target', '=', 5, '个']]);
  });
  it('not: a line opening with 附近 is no appendix', () => {
    const got = items('新建游园5个。\n附近村庄新建步道3条。\n');
    expect(got.map(brief)).toEqual([
      ['target', '=', 5, '个'],
      ['target', '=', 3, '条'],
    ]);
  });
});

describe('doses are counted in 剂', () => {
  it('接种疫苗8万剂 keeps 万剂 as the unit', () => {
    expect(items('为学生免费接种疫苗8万剂。').map(brief)).toEqual([['target', '=', 8, '万剂']]);
  });
  it('剂次 is one unit', () => {
    expect(items('完成疫苗接种3.5万剂次。').map(brief)).toEqual([['target', '=', 3.5, '万剂次']]);
  });
  it('not: 剂量 after a figure is a noun', () => {
    expect(items('药品3种剂量调整。').map(brief)).toEqual([['target', '=', 3, '种']]);
  });
});

describe('a level after 、 with a comparator word of its own keeps it', () => {
  it('突破X、达到Y on an actual: Y is plain', () => {
    const got = items('全市营业收入突破500亿元、达到526.4亿元。', REVIEW);
    expect(got.map(brief)).toEqual([
      ['actual', '>=', 500, '亿元'],
      ['actual', '=', 526.4, '亿元'],
    ]);
  });
  it('not: a bare figure after 、 shares the comparator before (迈上A、B台阶)', () => {
    const got = items('全市营业收入迈上200亿元、300亿元两个台阶。', REVIEW);
    expect(got.map((x) => x.comparator)).toEqual(['>=', '>=']);
  });
});

describe('两个 before a round scale and 台阶 counts the steps passed', () => {
  it('连跨两个百亿元台阶 → 2 个', () => {
    const got = items('五年来，全区税收连跨两个百亿元台阶。', REVIEW);
    expect(got.map(brief)).toEqual([['actual', '=', 2, '个']]);
  });
  it('not: 两个 before another noun stays a slogan', () => {
    expect(items('统筹两个大局，推动两个千亿元产业集群建设。')).toEqual([]);
  });
});

describe('names keep no part of the comparator or modality words', () => {
  it('下降至 is read whole: 下 is no part of the name', () => {
    const got = items('全市PM10平均浓度下降至48微克/立方米。', REVIEW);
    expect(got.map((x) => [x.indicator, x.comparator, x.value])).toEqual([['PM10平均浓度', '=', 48]]);
  });
  it('力争 right before the comparator word leaves the name (零售额力争突破…)', () => {
    const got = items('全区网络零售额力争突破90亿元。');
    expect(got.map((x) => [x.indicator, x.comparator, x.value, x.aspirational])).toEqual([
      ['网络零售额', '>=', 90, true],
    ]);
  });
});

describe('a rank naming only its scope after a figure', () => {
  it('after a rank of the same measure is that ranking, not named twice', () => {
    const got = items('政务服务满意度排名全市第2位，连续三年位居全市前三。', REVIEW);
    expect(got.map((x) => [x.indicator, x.comparator, x.value])).toEqual([
      ['政务服务满意度全市排名', '=', 2],
      ['政务服务满意度全市排名', '<=', 3],
    ]);
  });
  it('降幅 before the scope ranks the fall of the figure before', () => {
    const got = items('PM10平均浓度下降到52微克/立方米，降幅居全省第4位。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['PM10平均浓度', 'PM10平均浓度降幅全省排名']);
  });
});

describe('a change against a dated base after 、 takes the subject', () => {
  it('比2020年增加 names the level before', () => {
    const got = items('全市公路总里程达到8200公里、比2020年增加640公里。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['公路总里程', '公路总里程比2020年增加']);
  });
});

describe('a total after an increment is of the whole', () => {
  it('总量 opening a later clause drops the verb of adding (新增…，总量达到…)', () => {
    const got = items('新增个体工商户5200户，总量达到4.1万户。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['新增个体工商户', '个体工商户总量']);
  });
  it('新认定 is a verb of adding too (新认定…，总数达到…)', () => {
    const got = items('新认定科技型中小企业60家，总数达到310家。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['新认定科技型中小企业', '科技型中小企业总数']);
  });
});

describe('the noun after a count runs on over an aside listing alternatives with 、', () => {
  it('10个县（市、区）… keeps the aside and the predicate in the name', () => {
    const got = items('全市10个县（市、区）全部建成省级食品安全示范县。', REVIEW);
    expect(got.map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['县（市、区）全部建成省级食品安全示范县', 10, '个'],
    ]);
  });
  it('not: an aside opening with 含 stays out', () => {
    const got = items('新增规上企业20家（含、转规上企业）。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['新增规上企业']);
  });
});

describe('a ratio or coefficient set by a verb is a figure without a unit', () => {
  it.each([
    ['城乡居民收入比缩小至1.92∶1。', 1.92, '='],
    ['城乡居民收入比缩小到1.9左右。', 1.9, '~'],
    ['恩格尔系数降至0.28。', 0.28, '='],
    ['亿元GDP生产安全事故死亡率控制在0.02以下。', 0.02, '<='],
    ['环境空气质量综合指数降至3.6。', 3.6, '='],
  ])('%s', (body, value, cmp) => {
    const got = items(body, REVIEW);
    expect(got.map((x) => [x.comparator, x.value, x.unit])).toEqual([[cmp, value, '']]);
  });
  it('not: a bare figure after another measure stays no item', () => {
    expect(items('综合得分达到86.5，位居前列。', REVIEW)).toEqual([]);
  });
});

describe('a benefit after 、 is of what the list did, not a thing its verb acts on', () => {
  it('改造…个、惠及居民… → 改造…惠及居民', () => {
    const got = items('改造背街小巷36条、惠及居民1.1万户。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['改造背街小巷', '改造背街小巷惠及居民']);
  });
  it('not: a thing after 、 still takes the verb (改造…条、…座)', () => {
    const got = items('改造背街小巷36条、人行天桥4座。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['改造背街小巷', '改造人行天桥']);
  });
});

describe('争取 before funds is the verb of obtaining them', () => {
  it('争取上级补助资金… keeps 争取 in the name', () => {
    const got = items('全年争取上级补助资金8.6亿元。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['争取上级补助资金']);
  });
  it('not: 争取 before a target of another kind is still a modality word', () => {
    const got = items('争取新增上市企业2家。');
    expect(got.map((x) => [x.indicator, x.aspirational])).toEqual([['新增上市企业', true]]);
  });
});

describe('parts that each end in a measure share a rate of change written once after the last', () => {
  it('A、B增加值增速均居… → A增速, B增加值增速', () => {
    const got = items('全区社会消费品零售总额、规上工业增加值增速均居全市第2位。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['社会消费品零售总额增速', '规上工业增加值增速']);
  });
  it('not: bare modifiers still share the measure (A、B产业增加值增速)', () => {
    const got = items('电子、纺织行业增加值增速均超过10%。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['电子行业增加值增速', '纺织行业增加值增速']);
  });
});

describe('a bare group written like the one the figure before opens with takes its measure', () => {
  it('城镇居民人均消费支出…，农村居民… → 农村居民人均消费支出', () => {
    const got = items('城镇居民人均消费支出3.1万元，农村居民1.7万元。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['城镇居民人均消费支出', '农村居民人均消费支出']);
  });
  it('not: a group with another head keeps its own name', () => {
    const got = items('城镇居民人均消费支出3.1万元，农民工1.7万人。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['城镇居民人均消费支出', '农民工']);
  });
});

describe('a bound defining a class noun with an aside in brackets before the count', () => {
  it('突破百亿元的乡镇（街道）达到4个 gives only the count', () => {
    const got = items('工业产值突破百亿元的乡镇（街道）达到4个。');
    expect(got.map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([
      ['工业产值突破百亿元的乡镇（街道）', '>=', 4, '个'],
    ]);
  });
  it('not: a bound closing its own clause stays an item', () => {
    const got = items('工业产值突破百亿元，乡镇（街道）达到4个。');
    expect(got.map((x) => x.value)).toEqual([100, 4]);
  });
});

describe('a measure after a total investment of the same subject replaces it', () => {
  it('…项目N个，总投资X，年度计划投资Y → 项目年度计划投资', () => {
    const got = items('实施城建项目42个，总投资86亿元，年度计划投资31亿元。');
    expect(got.map((x) => x.indicator)).toEqual([
      '实施城建项目',
      '实施城建项目总投资',
      '实施城建项目年度计划投资',
    ]);
  });
});

describe('列第N位 is a rank', () => {
  it('after a clause entering a list, it ranks in that list', () => {
    const got = items('入选全国先进制造业百强市，列第57位。', REVIEW);
    expect(got.map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([
      ['全国先进制造业百强市排名', '=', 57, '名'],
    ]);
  });
  it('not: 列 before 第N批 is a series', () => {
    expect(items('列第一批试点名单。', REVIEW)).toEqual([]);
  });
});

describe('到位资金 after a count of projects is their money', () => {
  it('签约项目N个，到位资金X → 签约项目到位资金', () => {
    const got = items('签约招商项目58个，到位资金126亿元。', REVIEW);
    expect(got.map((x) => x.indicator)).toEqual(['签约招商项目', '签约招商项目到位资金']);
  });
});
