import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import { PUNCTUATION } from './mentions';
import { findQuantities } from './quantities';
import { matchQuantityUnit } from './units';

const only = (text: string) => findQuantities(text).map((q) => [q.value, q.unit] as const);

describe('findQuantities reads numbers with their units', () => {
  it.each([
    ['签约项目40个', 40, '个'],
    ['总投资318.8亿元', 318.8, '亿元'],
    ['新增就业1.2万人', 1.2, '万人'],
    ['筹集资金两千三百万元', 2300, '万元'],
    ['覆盖八成以上社区', 8, '成'],
    ['占全国近一半', 50, '%'],
    ['带动投资超千亿元', 1000, '亿元'],
    ['贷款余额超万亿元', 1, '万亿元'],
    ['举办活动200余场', 200, '场'],
    ['新增车位5万余个', 5, '万个'],
    ['惠及消费者750多万人', 750, '万人'],
    ['电价下降5分/千瓦时', 5, '分/千瓦时'],
    ['死亡率0.6人/百亿元以下', 0.6, '人/百亿元'],
    ['发病率降至1.8人/十万人', 1.8, '人/十万人'],
    ['能耗0.35吨标准煤/万元', 0.35, '吨标准煤/万元'],
    ['床位数7.2张/千人', 7.2, '张/千人'],
    ['耕层厚度达到30.5厘米', 30.5, '厘米'],
    ['降水量600毫米', 600, '毫米'],
    ['有机质含量26克/千克', 26, '克/千克'],
    ['劳动生产率达58万元/人', 58, '万元/人'],
    ['新增装机300万千瓦', 300, '万千瓦'],
    ['处置能力1459万吨/年', 1459, '万吨/年'],
    ['实施十条支持措施', 10, '条'],
    ['两家国有企业', 2, '家'],
    ['完成造林1,200亩', 1200, '亩'],
    ['居全市第2位', 2, '名'],
    ['进入全省前三', 3, '名'],
    ['学科进入排名前1%', 1, '%'],
    ['保持千亿级投资规模', 1000, '亿'],
    ['财政收入达万亿级规模', 1, '万亿'],
    ['形成百亿级产值', 100, '亿'],
    ['再延长30年', 30, '年'],
    ['新开发老年教育课程100门', 100, '门'],
    ['为50万妇女提供筛查', 50, '万'],
    ['近1亿农村人口落户', 1, '亿'],
    ['帮助600多万农户增收', 600, '万'],
    ['惠及80余万家庭', 80, '万'],
    ['带动万名青年返乡', 1, '万名'],
    ['解决问题60多万个', 60, '万个'],
    ['累计减税降费3200多亿元', 3200, '亿元'],
    ['开行班列突破2.5万车次', 2.5, '万车次'],
    ['归集数据18万类', 18, '万类'],
    ['产量占全国1/4', 25, '%'],
    ['市场份额约占全球1/3', 33.33, '%'],
    ['覆盖率达到三分之二', 66.67, '%'],
    ['贡献率为百分之六十', 60, '%'],
    ['平均受教育年限提高到12.5年', 12.5, '年'],
    ['服务业增加值突破万亿。', 1, '万亿'],
    ['超额完成百万亩国土绿化工程', 100, '万亩'],
    ['实施25项城市更新工程', 25, '项'],
    ['承担百余项改革任务', 100, '项'],
    ['引进千余家企业', 1000, '家'],
    ['培训万余人', 1, '万人'],
    ['建成十余座场馆', 10, '座'],
    ['接待邮轮91艘次', 91, '艘次'],
    ['检修设备300台次', 300, '台次'],
    ['开行专列20趟次', 20, '趟次'],
    ['抽检食品120项次', 120, '项次'],
    ['实施保护性耕作1.19亿亩次', 1.19, '亿亩次'],
    ['推进5项次要任务', 5, '项'],
    ['有效应对16轮寒潮', 16, '轮'],
    ['查验交通工具120万辆（艘、架）次', 120, '万辆（艘、架）次'],
    ['新增车辆300辆（含公交）', 300, '辆'],
    ['筹集保障房2.1万套（间）', 2.1, '万套（间）'],
    ['设置站点40个（处）', 40, '个（处）'],
    ['覆盖12个县（区）', 12, '个'],
    ['抽查比例不低于3%，调查样本扩大', 3, '%'],
    ['召开论坛50人次', 50, '人次'],
    ['配建储能120兆瓦时', 120, '兆瓦时'],
    ['新型储能规模达3.5吉瓦时', 3.5, '吉瓦时'],
    ['新增储能装机200兆瓦', 200, '兆瓦'],
    ['遴选8个案例推广', 8, '个'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(only(text)).toEqual([[value, unit]]);
  });

  it.each([
    ['a year', '2023年工作回顾'],
    ['a date', '3月5日召开'],
    ['an ordinal batch', '获评第三批示范村'],
    ['a series position', '前九期项目转化率'],
    ['a grade with a letter', '5A级景区'],
    ['a grade with a numeral', '三级图书馆'],
    ['a scale grade of a name', '3个万亿级产业集群'.slice(2)],
    ['a quoted name', '推进“三地一矿”改革'],
    ['a title in book marks', '《十条意见》'],
    ['a streak', '连续10次获评'],
    ['a code', 'PM2.5浓度和6G网络'],
    ['an idiom', '惠及千家万户'],
    ['a session number', '二十届二中全会和十一届六次全会'],
    ['a rule named by its issuer', '落实中央八项规定精神'],
    ['a slogan count with 两', '做到两个维护'],
    ['an article 一', '布局一批项目'],
    ['an age defining a group', '65岁以上老年人'],
    ['a time defining a zone', '1小时通达'],
    ['a grade in money', '锻造更多千亿元级集群'],
    ['a zero inside a word', '零部件'],
    ['a name with 二', '二人转'],
    ['digits without a zero', '三五成群'],
    ['a count naming a set of principles', '恪守睦邻友好三项原则'],
    ['a count naming a set of actions', '落实区域协作六项行动'],
    ['a round scale inside a programme name', '实施千万吨油料产能提升计划'],
    ['a round scale inside the name of a base', '建设百亿立方米储气基地'],
    ['a date with slashes', '发布于2024/3/5'],
    ['a code with a slash', '支持5/G双模'],
    ['a year after 年限', '服务年限自2020年起计算'],
    ['a bare magnitude inside a word', '万亿级产业'],
    ['a size defining the noun after it', '覆盖30万人口以上的县'],
    ['a word opening with a unit after 多万', '登记1.2多万户籍人口'],
    ['a rate base 每万名', '每万名居民'],
    ['a place name with 门', '三门核电三期项目'],
    ['a vague round number with 余', '吸引数百余家企业'],
    ['新一轮 (a new round, no count)', '启动新一轮城市更新'],
    ['a share naming a sample survey', '开展5%农户抽样调查'],
    ['a head count naming a forum', '举办科学家20人论坛'],
    ['一轮又一轮', '攻坚一轮又一轮'],
    ['a round in a series', '开展第二轮巡视和首轮评估'],
    ['轮次 as a word', '按3轮次安排'],
    ['轮 opening a word', '整治三轮车和5轮换岗'],
  ])('ignores %s', (_name, text) => {
    expect(only(text)).toEqual([]);
  });

  it('reads the count but not the category in 3个1类新药', () => {
    expect(only('3个1类新药')).toEqual([[3, '个']]);
  });

  it('reads the count but not the size of each step in 跨越2个千亿元台阶', () => {
    expect(only('跨越2个千亿元台阶')).toEqual([[2, '个']]);
  });

  it('reads magnitudes without a unit before punctuation or a count', () => {
    expect(only('迈上4万亿、5万亿两个台阶')).toEqual([
      [4, '万亿'],
      [5, '万亿'],
    ]);
    expect(only('常住人口1.2万户籍人口')).toEqual([]);
  });

  it('masks nested and unclosed quotes up to the paragraph end', () => {
    expect(only('《关于“十条”的意见》实施5项”新增8个')).toEqual([
      [5, '项'],
      [8, '个'],
    ]);
    expect(only('推进“三个一批\n新增3个')).toEqual([[3, '个']]);
  });

  it.each([
    ['增长1,234.5亿元', [[1234.5, '亿元']]],
    ['达12,345,678.9元', [[12345678.9, '元']]],
    ['共123456789012345678元', [[123456789012345680, '元']]],
    ['覆盖0.5万户', [[0.5, '万户']]],
    ['下降0.07个百分点', [[0.07, '个百分点']]],
    ['增长12.3456789012%', [[12.3456789012, '%']]],
    ['增长0.1234567890123456%', [[0.1234567890123456, '%']]],
    ['新增一万二千人', [[12000, '人']]],
    ['“十四五”规划实施十五项', [[15, '项']]],
    ['十四五规划', []],
    ['统一大市场和一般项目', []],
    ['推动一二三产业融合发展', []],
    ['数字1,2345个', []],
    ['‘三个’试点和《五年》规划外新增两家', [[2, '家']]],
    [
      '3个”新增4个',
      [
        [3, '个'],
        [4, '个'],
      ],
    ],
  ] as const)('reads the numbers of %s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('collects the positions of every sentence, clause and noun end it passes, inside quotes and numbers too', () => {
    const text = '新增3个，共5项；“引号，内”、（注）投资1,234.5亿元:完成!\n下段，';
    const punctuation: number[] = [];
    findQuantities(text, punctuation);
    const expected = [...text].flatMap((ch, i) => (PUNCTUATION.includes(ch) ? [i] : []));
    expect(expected.length).toBe(9);
    expect(punctuation).toEqual(expected);
  });

  it('marks 余 and 多 as approximate', () => {
    const [q] = findQuantities('举办活动200余场');
    expect(q?.approx).toBe(true);
  });

  it.each([
    ['百余项', '一百余项'],
    ['千余家', '1000余家'],
    ['万余人', '一万余人'],
  ])('reads the bare %s as %s', (bare, full) => {
    const pick = (text: string) =>
      findQuantities(text).map((q) => [q.value, q.unit, q.kind, q.approx] as const);
    expect(pick(`新增${bare}`)).toEqual(pick(`新增${full}`));
    expect(pick(`新增${bare}`)).toHaveLength(1);
  });

  it('reads a range as a lower bound with the upper bound unit', () => {
    const qs = findQuantities('增长4.5-5%');
    expect(qs.map((q) => [q.value, q.unit, q.rangeLower ?? false])).toEqual([
      [4.5, '%', true],
      [5, '%', false],
    ]);
  });

  it('scans long numeral runs without backtracking (a hang fails on the test timeout)', () => {
    const text = `${'一'.repeat(200_000)}个，${'1'.repeat(200_000)}个，12个`;
    expect(findQuantities(text).map((q) => q.value)).toEqual([12]);
  });
});

describe('matchQuantityUnit', () => {
  it.each([
    ['亿元', '亿元', 1],
    ['万千瓦', '万千瓦', 1],
    ['千瓦时', '千瓦时', 1],
    ['千家', '家', 1000],
    ['个百分点', '个百分点', 1],
    ['万亿斤', '万亿斤', 1],
    ['微克/立方米', '微克/立方米', 1],
    ['艘次', '艘次', 1],
    ['万亩次', '万亩次', 1],
  ])('%s → unit %s, factor %d', (s, unit, factor) => {
    const u = matchQuantityUnit(s, 0);
    expect(u?.unit).toBe(unit);
    expect(u?.factor).toBe(factor);
  });

  it('takes 次 into a count unit (艘次) so it does not open the next noun', () => {
    expect(matchQuantityUnit('艘次、旅客', 0)?.end).toBe(2);
  });

  it.each([['项目'], ['人口'], ['条件'], ['家庭'], ['台阶'], ['万%']])('rejects %s as a unit', (s) => {
    expect(matchQuantityUnit(s, 0)).toBeUndefined();
  });
});

describe('a bare 个 before 、 shares the 个百分点 written after the last figure', () => {
  it('高于全国2.5个、1.8个百分点', () => {
    expect(only('增速分别高于全国2.5个、1.8个百分点')).toEqual([
      [2.5, '个百分点'],
      [1.8, '个百分点'],
    ]);
  });
  it('a count before 、 and a count after stay counts', () => {
    expect(only('新建学校3个、公园2个')).toEqual([
      [3, '个'],
      [2, '个'],
    ]);
  });
});

describe('多/余 before a magnitude before the counted noun', () => {
  it('gives a floor on the count (gold/README.md: 余/多 → >=)', () => {
    const r = extractStatements('一、2025年工作回顾\n向600多万农户发放补贴，惠及80万家庭。');
    expect(r.actuals.map((s) => [s.comparator, s.value, s.unit])).toEqual([
      ['>=', 600, '万'],
      ['=', 80, '万'],
    ]);
  });
});

describe('counts and durations read in review 4', () => {
  it.each([
    ['余万 before the counted noun is a floor', '惠及30余万学生', [[30, '万']]],
    ['times in Chinese numerals', '两次下调存款利率', [[2, '次']]],
    ['rounds in Chinese numerals', '开展三轮巡查', [[3, '轮']]],
    ['years after 延长 in Chinese numerals', '承包期再延长三十年', [[30, '年']]],
  ])('%s', (_n, text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it.each([
    ['a streak of quarters', '连续4个季度保持增长'],
    ['a streak of months', '连续36个月无事故'],
    ['a speed grade of a line', '建成时速350公里高铁'],
    ['三次产业 is a name', '三次产业协调发展'],
    ['a session of a meeting', '十二届十次全会'],
    ['a position in a series', '开展第三轮督查'],
    ['years of a plan', '实施三年行动'],
  ])('no quantity: %s', (_n, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('medals', () => {
  it('read in Arabic digits', () => {
    expect(only('获得12金、8银、3铜')).toEqual([
      [12, '金'],
      [8, '银'],
      [3, '铜'],
    ]);
  });
  it.each([
    ['五金 is hardware', '发展五金产业'],
    ['a word opened by 金', '设立3金融服务站'],
    ['a word opened by 银', '引进5银行'],
  ])('no medal: %s', (_n, text) => {
    expect(only(text).filter((q) => /[金银铜]/.test(q[1]))).toEqual([]);
  });
});
