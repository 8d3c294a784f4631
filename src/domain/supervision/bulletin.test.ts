import { describe, expect, it } from 'vitest';
import { judgeTarget } from '../judge';
import { parsePeriodId } from '../period';
import {
  type BulletinInput,
  type BulletinItem,
  bulletinAsText,
  composeBulletin,
  countByStatus,
  countsSentence,
  joinIndicator,
} from './bulletin';
import { rankDepartments } from './ranking';

const item = (over: Partial<BulletinItem> & Pick<BulletinItem, 'targetId' | 'status'>): BulletinItem => ({
  indicator: `指标${over.targetId}`,
  area: '经济发展',
  departmentId: 1,
  departmentName: '县发改局',
  sentenceZh: '',
  gap: null,
  ...over,
});

const items: BulletinItem[] = [
  item({
    targetId: 1,
    status: 'behind',
    indicator: '规模以上工业增加值增长',
    departmentId: 2,
    departmentName: '县科经局',
    sentenceZh: '累计增长6.1%,低于目标0.9个百分点',
    gap: -0.9,
  }),
  item({
    targetId: 2,
    status: 'behind',
    indicator: '实际利用外资',
    departmentId: 3,
    departmentName: '县商务局',
    sentenceZh: '完成年度目标的53.3%,低于序时进度21.7个百分点',
    gap: -21.7,
  }),
  item({ targetId: 3, status: 'completed' }),
  item({ targetId: 4, status: 'on_track' }),
  item({ targetId: 5, status: 'ahead', departmentId: 2, departmentName: '县科经局' }),
  item({
    targetId: 6,
    status: 'not_started',
    indicator: '新增外资企业',
    departmentId: 3,
    departmentName: '县商务局',
    sentenceZh: '累计0家,目标2家以上,年中仍为零',
    gap: -2,
  }),
  item({ targetId: 7, status: 'no_data', departmentId: null, departmentName: null }),
];

describe('joinIndicator', () => {
  it.each([
    [
      '规模以上工业增加值增长',
      '累计增长6.1%,低于目标0.9个百分点',
      '规模以上工业增加值累计增长6.1%,低于目标0.9个百分点',
    ],
    [
      '实际利用外资',
      '完成年度目标的53.3%,低于序时进度21.7个百分点',
      '实际利用外资完成年度目标的53.3%,低于序时进度21.7个百分点',
    ],
    ['能耗下降', '累计下降1.2%,低于目标0.8个百分点', '能耗累计下降1.2%,低于目标0.8个百分点'],
    ['新增外资企业', '累计0家,目标2家以上,年中仍为零', '新增外资企业累计0家,目标2家以上,年中仍为零'],
  ])('%s + %s', (indicator, sentence, joined) => {
    expect(joinIndicator(indicator, sentence)).toBe(joined);
  });
});

describe('counts', () => {
  it('counts every status and gives the lagging share like 金寨 "欠进度17个(7.7%)"', () => {
    const counts = countByStatus(items);
    expect(counts.map((c) => [c.label, c.count])).toEqual([
      ['已完成', 1],
      ['超进度', 1],
      ['达进度', 1],
      ['欠进度', 2],
      ['未启动', 1],
      ['无数据', 1],
    ]);
    expect(countsSentence(counts)).toBe(
      '纳入督查的7项目标任务中,已完成1项、超进度1项、达进度1项、欠进度2项(28.6%)、未启动1项(14.3%)、无数据1项。',
    );
  });
});

describe('rankDepartments', () => {
  it('ranks by the mean of on-time and on-track rates, ties share a rank', () => {
    const ranking = rankDepartments(
      [
        { departmentId: 1, departmentName: '甲局', status: 'on_track' },
        { departmentId: 2, departmentName: '乙局', status: 'behind' },
        { departmentId: 2, departmentName: '乙局', status: 'completed' },
        { departmentId: 3, departmentName: '丙局', status: 'on_track' },
        { departmentId: 4, departmentName: '丁局', status: 'no_data' },
      ],
      [
        { departmentId: 1, name: '甲局', onTimeRate: 1 },
        { departmentId: 2, name: '乙局', onTimeRate: 1 },
        { departmentId: 3, name: '丙局', onTimeRate: 1 },
        { departmentId: 4, name: '丁局', onTimeRate: null },
      ],
    );
    expect(ranking.map((r) => [r.name, r.rank, r.score])).toEqual([
      ['丙局', 1, 100],
      ['甲局', 1, 100],
      ['乙局', 3, 75],
      ['丁局', null, null],
    ]);
  });

  it('uses the one rate there is when the other is missing, with configured weights', () => {
    const ranking = rankDepartments(
      [{ departmentId: 1, departmentName: '甲局', status: 'behind' }],
      [{ departmentId: 2, name: '乙局', onTimeRate: 0.5 }],
      { onTime: 0.3, onTrack: 0.7 },
    );
    expect(ranking.map((r) => [r.name, r.score])).toEqual([
      ['乙局', 50],
      ['甲局', 0],
    ]);
  });
});

describe('composeBulletin', () => {
  const input: BulletinInput = {
    issuer: '鹤山区人民政府督查室',
    year: 2024,
    period: '2024-Q3',
    issuedOn: '2024-10-15',
    number: { year: 2024, seq: 3 },
    items,
    reporting: [
      { departmentId: 1, name: '县发改局', onTimeRate: 1 },
      { departmentId: 2, name: '县科经局', onTimeRate: 0.5 },
      { departmentId: 3, name: '县商务局', onTimeRate: 0 },
    ],
  };
  const b = composeBulletin(input);

  it('has the title, 文号 and date of an official 通报', () => {
    expect(b.title).toBe('关于2024年前三季度《政府工作报告》目标任务推进情况的通报');
    expect(b.docNumber).toBe('督查通报〔2024〕3号');
    expect(b.dateZh).toBe('2024年10月15日');
  });

  it('lists lagging items worst first in the report’s wording with the lead unit', () => {
    expect(b.lagging.map((l) => l.sentence)).toEqual([
      '实际利用外资完成年度目标的53.3%,低于序时进度21.7个百分点',
      '新增外资企业累计0家,目标2家以上,年中仍为零',
      '规模以上工业增加值累计增长6.1%,低于目标0.9个百分点',
    ]);
    expect(b.sections[1]?.list[0]).toBe(
      '1. 实际利用外资完成年度目标的53.3%,低于序时进度21.7个百分点(牵头单位:县商务局)。',
    );
  });

  it('names the best and worst departments', () => {
    expect(b.ranking.map((r) => r.name)).toEqual(['县发改局', '县科经局', '县商务局']);
    expect(b.sections[2]?.paragraphs[0]).toBe(
      '按进度报送及时率和目标达进度率综合排名,排名靠前的单位是县发改局、县科经局、县商务局。',
    );
  });

  it('ends with numbered 下一步要求, the follow-up by the issuing office (a district’s as well as a county’s)', () => {
    expect(b.sections[3]?.paragraphs[0]).toMatch(/^一是各牵头单位要/);
    expect(b.sections[3]?.paragraphs[1]).toBe(
      '二是对欠进度、未启动的目标任务,鹤山区人民政府督查室将列入重点督查,实行清单化管理、销号式推进。',
    );
    expect(b.sections[3]?.paragraphs.join('')).not.toContain('县政府');
  });

  /** The ranking paragraph when departments share a score: 8 units, rates given per name. */
  const tied = (rates: number[]) =>
    composeBulletin({
      ...input,
      items: [],
      reporting: rates.map((onTimeRate, i) => ({
        departmentId: i + 1,
        name: `${'甲乙丙丁戊己庚辛'[i]}局`,
        onTimeRate,
      })),
    }).sections[2]?.paragraphs[0];

  it('never names a department as better or worse than one with the same score', () => {
    expect(tied([0, 0, 0, 0, 0, 0, 0, 0])).toBe(
      '按进度报送及时率和目标达进度率综合排名,各单位综合得分相同。',
    );
    // One unit ahead, seven level: only it is named; nobody is singled out at the bottom.
    expect(tied([1, 0, 0, 0, 0, 0, 0, 0])).toBe(
      '按进度报送及时率和目标达进度率综合排名,排名靠前的单位是甲局。',
    );
    expect(tied([1, 0.9, 0.5, 0.5, 0.5, 0.5, 0.2, 0])).toBe(
      '按进度报送及时率和目标达进度率综合排名,排名靠前的单位是甲局、乙局;排名靠后的单位是庚局、辛局。',
    );
    expect(tied([1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5])).toBe(
      '按进度报送及时率和目标达进度率综合排名,得分并列的单位较多,详见下表。',
    );
    expect(tied([1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3])).toBe(
      '按进度报送及时率和目标达进度率综合排名,排名靠前的单位是甲局、乙局、丙局;排名靠后的单位是己局、庚局、辛局。',
    );
  });

  it('renders as plain text in document order', () => {
    const text = bulletinAsText(b);
    expect(text.startsWith('鹤山区人民政府督查室\n督查通报〔2024〕3号\n')).toBe(true);
    expect(text).toContain('1. 实际利用外资完成年度目标的53.3%');
    expect(text.trimEnd().endsWith('2024年10月15日')).toBe(true);
  });

  it('refuses an invalid period', () => {
    expect(() => composeBulletin({ ...input, period: '2024-Q9' })).toThrow(/invalid period/);
  });
});

describe('the period label of a 通报 and of a judgement sentence', () => {
  it.each([
    ['2024-Q1', '一季度'],
    ['2024-Q2', '上半年'],
    ['2024-H1', '上半年'],
    ['2024-06', '1—6月'],
    ['2024-09', '1—9月'],
    ['2024-Q3', '前三季度'],
    ['2024-12', '全年'],
    ['2024-Q4', '全年'],
    ['2024-H2', '全年'],
    ['2024', '全年'],
  ])('%s reads %s in both', (period, label) => {
    const b = composeBulletin({
      issuer: '云溪县人民政府督查室',
      year: 2024,
      period,
      issuedOn: '2025-01-10',
      number: { year: 2025, seq: 1 },
      items: [],
      reporting: [],
    });
    expect(b.periodLabel).toBe(`2024年${label}`);
    expect(b.title).toBe(`关于2024年${label}《政府工作报告》目标任务推进情况的通报`);
    const j = judgeTarget(
      { type: 'count', comparator: '>=', value: 2000, unit: '人' },
      { period: parsePeriodId(period)! },
    );
    expect(j.sentence.zh).toBe(`${label}暂无进度数据`);
  });
});
