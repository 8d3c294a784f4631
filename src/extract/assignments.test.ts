import { describe, expect, it } from 'vitest';
import { findInlineAssignments, splitUnits, stripInlineAssignment } from './assignments';

describe('stripInlineAssignment', () => {
  it.each([
    {
      name: 'half-width brackets and colons, the lead named by 牵头单位',
      text: '规模以上工业增加值增长11.5%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)',
      task: '规模以上工业增加值增长11.5%。',
      lead: '县科经局',
      cooperating: ['各镇人民政府', '嘉鱼经济开发区'],
    },
    {
      name: 'full-width brackets, colons and 、 separators',
      text: '固定资产投资增长10%。（牵头单位：县发改局；责任单位：县统计局、县住建局）',
      task: '固定资产投资增长10%。',
      lead: '县发改局',
      cooperating: ['县统计局', '县住建局'],
    },
    {
      name: 'only 责任单位: the unit listed first is the lead (DOMAIN §1.2)',
      text: '新增城镇就业5000人(责任单位:县人社局、各乡镇人民政府)',
      task: '新增城镇就业5000人',
      lead: '县人社局',
      cooperating: ['各乡镇人民政府'],
      explicit: false,
    },
    {
      name: 'the bracket before the full stop',
      text: '完成造林1.2万亩(牵头单位:县林业局;配合单位:各乡镇)。',
      task: '完成造林1.2万亩。',
      lead: '县林业局',
      cooperating: ['各乡镇'],
    },
    {
      name: 'a nested bracket inside a unit name stays in the unit',
      text: '实施城市更新(牵头单位:县住建局;责任单位:各乡镇人民政府(街道)、开发区管委会)',
      task: '实施城市更新',
      lead: '县住建局',
      cooperating: ['各乡镇人民政府(街道)', '开发区管委会'],
    },
    {
      name: 'mixed brackets, 牵头责任单位 and 协同责任单位, a trailing 等',
      text: '一般公共预算收入增长8%（牵头责任单位:县财政局;协同责任单位:县税务局、县自然资源局等)',
      task: '一般公共预算收入增长8%',
      lead: '县财政局',
      cooperating: ['县税务局', '县自然资源局'],
    },
    {
      name: 'the suffix form "X牵头,Y配合"',
      text: '社会消费品零售总额增长8%(县商务局牵头,县统计局、各镇配合)',
      task: '社会消费品零售总额增长8%',
      lead: '县商务局',
      cooperating: ['县统计局', '各镇'],
    },
  ])('$name', ({ text, task, lead, cooperating, explicit }) => {
    const r = stripInlineAssignment(text);
    expect(r.task).toBe(task);
    expect(r.assignment?.leadUnit).toBe(lead);
    expect(r.assignment?.leadExplicit).toBe(explicit ?? true);
    expect(r.assignment?.cooperatingUnits).toEqual(cooperating);
  });

  it('reads 牵头领导 and 完成时限 beside the units', () => {
    const r = stripInlineAssignment(
      '建成5G基站300个【牵头县领导：张三；牵头单位：县科工局；配合单位：县通信发展办；完成时限：2024年12月底前】',
    );
    expect(r.task).toBe('建成5G基站300个');
    expect(r.assignment).toMatchObject({
      leadUnit: '县科工局',
      leadExplicit: true,
      cooperatingUnits: ['县通信发展办'],
      leaders: ['张三'],
      deadlineText: '2024年12月底前',
      unclosed: false,
    });
  });

  it.each([
    ['a region name in brackets', '淇县金凤岭小米荣获第二届“一带一路”(河南)国际农业合作博览会金奖'],
    ['an ordinal', '(一)经济综合实力稳步增强'],
    ['a slogan ending in a role verb', '推进全域旅游(全民参与)'],
    ['a bracket that names no unit', '城镇调查失业率5.4%左右(预期性指标)'],
  ])('leaves %s untouched', (_name, text) => {
    const r = stripInlineAssignment(text);
    expect(r.task).toBe(text);
    expect(r.assignment).toBeNull();
  });

  it('takes an unclosed bracket to the end of the line and says so', () => {
    const r = stripInlineAssignment('新增市场主体3000户(牵头单位:县市场监管局;责任单位:各镇');
    expect(r.task).toBe('新增市场主体3000户');
    expect(r.assignment?.unclosed).toBe(true);
    expect(r.assignment?.cooperatingUnits).toEqual(['各镇']);
  });

  it('merges two brackets in one cell without repeating a unit', () => {
    const r = stripInlineAssignment(
      '引进项目10个(牵头单位:县招商服务中心;责任单位:县商务局)。落地5个(责任单位:县商务局、县发改局)',
    );
    expect(r.task).toBe('引进项目10个。落地5个');
    expect(r.assignment?.leadUnit).toBe('县招商服务中心');
    expect(r.assignment?.cooperatingUnits).toEqual(['县商务局', '县发改局']);
  });
});

describe('findInlineAssignments', () => {
  it('gives the offsets of each bracket in a paragraph of several tasks', () => {
    const text = 'GDP增长7%(牵头单位:县发改局)。财政收入增长8%(牵头单位:县财政局)。';
    const found = findInlineAssignments(text);
    expect(found.map((a) => a.leadUnit)).toEqual(['县发改局', '县财政局']);
    expect(found.map((a) => text.slice(a.start, a.end))).toEqual([
      '(牵头单位:县发改局)',
      '(牵头单位:县财政局)',
    ]);
  });
});

describe('splitUnits', () => {
  it.each([
    ['县财政局、县税务局', ['县财政局', '县税务局']],
    ['县财政局,县税务局;县统计局', ['县财政局', '县税务局', '县统计局']],
    ['各乡镇人民政府(街道、开发区)', ['各乡镇人民政府(街道、开发区)']],
    ['县发展和改革局', ['县发展和改革局']],
    [' 县教育局 、', ['县教育局']],
  ])('%s', (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });
});
