import { describe, expect, it } from 'vitest';
import { composeReview, isMet, type ReviewItem, reviewAsText, reviewSentence } from './review';

const item = (over: Partial<ReviewItem>): ReviewItem => ({
  targetId: 1,
  indicator: '签约亿元以上项目',
  area: '经济综合实力',
  type: 'count',
  comparator: '>=',
  unit: '个',
  target: 32,
  actual: 40,
  estimate: false,
  ...over,
});

describe('reviewSentence', () => {
  it.each([
    ['a count with its share of the plan', {}, '全年签约亿元以上项目40个,为年度计划的125%'],
    ['an estimate', { estimate: true }, '预计全年签约亿元以上项目40个,为年度计划的125%'],
    [
      'an amount in 亿元',
      { indicator: '省市重点项目完成投资', type: 'level', unit: '亿元', target: 104.4, actual: 131.5 },
      '全年省市重点项目完成投资131.5亿元,为年度计划的126%',
    ],
    [
      'growth above target',
      {
        indicator: '地区生产总值增长',
        type: 'growth',
        comparator: '=',
        unit: '%',
        target: 7.5,
        actual: 7.8,
        estimate: true,
      },
      '预计全年地区生产总值增长7.8%,高于年度目标0.3个百分点',
    ],
    [
      'growth below target',
      { indicator: '固定资产投资增长', type: 'growth', comparator: '=', unit: '%', target: 9, actual: 6.1 },
      '全年固定资产投资增长6.1%,低于年度目标2.9个百分点',
    ],
    [
      'negative growth',
      {
        indicator: '社会消费品零售总额增长',
        type: 'growth',
        comparator: '=',
        unit: '%',
        target: 8,
        actual: -1.2,
      },
      '全年社会消费品零售总额下降1.2%,低于年度目标9.2个百分点',
    ],
    [
      'a fall target',
      {
        indicator: '单位GDP能耗下降',
        type: 'growth',
        comparator: '=',
        unit: '%',
        target: 3,
        actual: 3.5,
        decrease: true,
      },
      '全年单位GDP能耗下降3.5%,降幅高于年度目标0.5个百分点',
    ],
    [
      'a level in %',
      { indicator: '城镇调查失业率', type: 'level', comparator: '<=', unit: '%', target: 5.5, actual: 5.2 },
      '全年城镇调查失业率控制在5.2%',
    ],
    [
      'a share in %',
      {
        indicator: '规模以上工业企业研发活动覆盖率',
        type: 'share',
        comparator: '>=',
        unit: '%',
        target: 70,
        actual: 75,
      },
      '全年规模以上工业企业研发活动覆盖率达到75%',
    ],
    [
      'a rank',
      { indicator: '营商环境评价全省排名', type: 'rank', comparator: '<=', unit: '名', target: 3, actual: 2 },
      '全年营商环境评价全省排名居第2位',
    ],
    ['no approved figure', { actual: null }, null],
  ] as const)('%s', (_name, over, sentence) => {
    expect(reviewSentence(item(over))).toBe(sentence);
  });
});

describe('isMet', () => {
  it.each([
    [{}, true],
    [{ actual: 31 }, false],
    [{ actual: 32 }, true],
    [{ comparator: '>', actual: 32 }, false],
    [{ comparator: '<=', unit: '%', type: 'level', target: 5.5, actual: 5.6 }, false],
    [{ status: 'behind', actual: 40 }, false],
    [{ actual: null }, null],
  ] as const)('%o → %s', (over, met) => {
    expect(isMet(item(over))).toBe(met);
  });
});

describe('composeReview', () => {
  const items: ReviewItem[] = [
    item({ targetId: 1 }),
    item({
      targetId: 2,
      indicator: '地区生产总值增长',
      type: 'growth',
      comparator: '=',
      unit: '%',
      target: 7.5,
      actual: 7.8,
      estimate: true,
    }),
    item({
      targetId: 3,
      area: '生态环境',
      indicator: '造林规模',
      type: 'level',
      unit: '亩',
      target: 9500,
      actual: 12000,
    }),
    item({
      targetId: 4,
      area: '生态环境',
      indicator: '创建国家级示范乡镇',
      type: 'milestone',
      comparator: '=',
      unit: '',
      target: null,
      actual: null,
    }),
    item({ targetId: 5, area: '民生', indicator: '新增外资企业', unit: '家', target: 2, actual: 1 }),
  ];
  const r = composeReview({ year: 2024, sessionName: '区十二届人大五次会议', items, goodShare: 0.7 });

  it('opens with 较好完成 when enough targets are met, noting estimates', () => {
    expect(r.opening).toBe(
      '2024年,较好完成了区十二届人大五次会议确定的目标任务,4项量化指标中3项完成或超额完成(部分为预计数)。',
    );
  });

  it('says 稳步推进 when too few are met', () => {
    expect(composeReview({ year: 2024, items, goodShare: 0.9 }).opening).toMatch(
      /^2024年,年初确定的目标任务稳步推进/,
    );
  });

  it('writes one paragraph per area in first-seen order', () => {
    expect(r.areas.map((a) => [a.title, a.paragraph])).toEqual([
      [
        '经济综合实力',
        '全年签约亿元以上项目40个,为年度计划的125%;预计全年地区生产总值增长7.8%,高于年度目标0.3个百分点。',
      ],
      ['生态环境', '全年造林规模12000亩,为年度计划的126.3%。'],
      ['民生', '全年新增外资企业1家,为年度计划的50%。'],
    ]);
  });

  it('renders as plain text with (一)(二) headings', () => {
    const text = reviewAsText(r, '2024年目标任务完成情况');
    expect(text).toContain('\n(二)生态环境\n全年造林规模12000亩,为年度计划的126.3%。');
  });

  it('fills the plan-versus-actual table, with dashes where there is no figure', () => {
    expect(r.table.map((t) => [t.indicator, t.planText, t.actualText, t.resultText, t.met])).toEqual([
      ['签约亿元以上项目', '32个以上', '40个', '125%', true],
      ['地区生产总值增长', '7.5%', '预计7.8%', '+0.3个百分点', true],
      ['造林规模', '9500亩以上', '12000亩', '126.3%', true],
      ['创建国家级示范乡镇', '—', '—', '未报送进展', null],
      ['新增外资企业', '2家以上', '1家', '50%', false],
    ]);
  });
});

describe('composeReview with targets nobody reported on', () => {
  const reported = [
    item({ targetId: 1 }),
    item({ targetId: 2, indicator: '新增市场主体', unit: '户', target: 500, actual: 620 }),
  ];
  const silent = item({ targetId: 3, indicator: '新增城镇就业', unit: '人', target: 2000, actual: null });

  it('says plainly that nothing was reported when no target has progress, never 稳步推进', () => {
    const r = composeReview({ year: 2024, items: [{ ...silent }, { ...silent, targetId: 4 }] });
    expect(r.opening).toBe('2024年,年初确定的目标任务中2项量化指标均未报送进展,无法评价完成情况。');
    expect(r.opening).not.toContain('稳步推进');
    expect([r.numeric, r.met, r.unreported]).toEqual([0, 0, 2]);
  });

  it('counts an unreported target neither as met nor as judged, even with a progressing status', () => {
    const r = composeReview({
      year: 2024,
      items: [...reported, { ...silent, status: 'on_track', reported: false }],
    });
    expect([r.numeric, r.met, r.unreported]).toEqual([2, 2, 1]);
    expect(r.opening).toBe(
      '2024年,较好完成了年初确定的目标任务,2项量化指标中2项完成或超额完成;另有1项量化指标未报送进展。',
    );
    expect(r.table[2]).toMatchObject({ actualText: '—', resultText: '未报送进展', met: null });
  });

  it('keeps 稳步推进 for reported targets short of the share, and names the unreported ones', () => {
    const behind = item({ targetId: 5, indicator: '新增外资企业', unit: '家', target: 2, actual: 1 });
    const r = composeReview({ year: 2024, items: [reported[0]!, behind, silent] });
    expect(r.opening).toBe(
      '2024年,年初确定的目标任务稳步推进,2项量化指标中1项完成或超额完成;另有1项量化指标未报送进展。',
    );
  });

  it('does not say 均未报送 when some were reported during the year without a full-year figure', () => {
    const r = composeReview({
      year: 2024,
      items: [
        { ...silent, reported: true },
        { ...silent, targetId: 4 },
        { ...silent, targetId: 5 },
      ],
    });
    expect([r.numeric, r.unreported]).toEqual([0, 2]);
    expect(r.opening).toBe(
      '2024年,年初确定的目标任务中3项量化指标尚无全年完成数据,无法评价完成情况;其中2项未报送进展。',
    );
  });

  it('judges a target reported during the year without a full-year figure as not unreported', () => {
    const r = composeReview({ year: 2024, items: [{ ...silent, reported: true }] });
    expect([r.numeric, r.unreported]).toEqual([0, 0]);
    expect(r.table[0]!.resultText).toBe('');
    expect(r.opening).toBe('2024年,年初确定的目标任务稳步推进。');
  });
});

describe('a target with only a part-year figure approved', () => {
  const partial = item({ targetId: 6, indicator: '新增城镇就业', unit: '人', target: 2000, actual: null });

  it('says what was reported (截至10月) in the table, and judges nothing', () => {
    const r = composeReview({
      year: 2024,
      items: [{ ...partial, reported: true, partial: { month: 10, value: 1600 } }],
    });
    expect(r.table[0]).toMatchObject({
      actualText: '截至10月 1600人 (未报全年)',
      resultText: '截至10月 80%',
      met: null,
    });
    expect([r.numeric, r.unreported]).toEqual([0, 0]);
  });

  it('says 未报全年 for a rate, with no 差距', () => {
    const rate = { ...partial, type: 'growth' as const, comparator: '~' as const, unit: '%', target: 6 };
    const r = composeReview({
      year: 2024,
      items: [{ ...rate, reported: true, partial: { month: 9, value: 5.2 } }],
    });
    expect(r.table[0]).toMatchObject({
      actualText: '截至9月 5.2% (未报全年)',
      resultText: '未报全年',
      met: null,
    });
  });
});
