import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from './index';
import { splitLines } from './lines';
import { ordinalValue } from './ordinals';
import { roleOfTitle } from './roles';
import { leadPhrase } from './tasks';

const heshan = readFileSync(new URL('../../../examples/heshan-2024.txt', import.meta.url), 'utf8');
const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus)
  console.warn('skipping corpus structure tests: ../shared/corpus is not present (a user clone)');
const corpus = (name: string) => readFileSync(new URL(name, CORPUS), 'utf8');

describe('ordinalValue', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
    ['十十', undefined],
    ['零', undefined],
    ['一十', undefined],
    ['三十十', undefined],
    ['一二', undefined],
    ['十一二', undefined],
    ['', undefined],
  ])('%s → %s', (s, n) => expect(ordinalValue(s)).toBe(n));
});

describe('leadPhrase', () => {
  it.each([
    ['打好招商引资“主动战”。聚焦生物医药等重点行业，深入开展招商活动。', '打好招商引资“主动战”'],
    ['以创新增活力。力争新增省级工程技术中心6个以上。', '以创新增活力'],
    ['二是加快传统产业优化升级。推进钢铁行业改造。', '加快传统产业优化升级'],
    ['1.打好招商引资主动战。全年引进项目32个以上。', '打好招商引资主动战'],
    ['（2）扩大有效投资。全年完成投资80亿元。', '扩大有效投资'],
    ['2.5万亩高标准农田建成。今年再建设1万亩。', undefined],
    ['2024年是“十五五”开局之年。做好今年工作意义重大。', undefined],
    ['今年是全面贯彻党的二十大精神的开局之年。我们要坚持稳中求进。', undefined],
    ['聚焦重点领域，常态化开展“大排查”行动。', undefined],
    ['重点做好八方面工作。', undefined],
    ['稳。很好。', undefined],
  ])('%s → %s', (body, lead) => expect(leadPhrase(body)).toBe(lead));
});

describe('roleOfTitle', () => {
  it.each([
    ['2023年工作回顾', 'review'],
    ['2025年主要工作和“十四五”发展成就', 'review'],
    ['一年接着一年干，新福建建设持续取得新进展新成效', 'review'],
    ['2024年工作安排', 'plan'],
    ['2026年主要工作', 'plan'],
    ['对今年政府工作的建议', 'plan'],
    ['“十四五”时期发展成就和“十五五”时期主要目标任务', 'plan'],
    ['2024年经济社会发展总体要求和政策取向', 'targets'],
    ['经济社会发展的主要目标', 'targets'],
    ['加强政府自身建设', 'self'],
    ['一以贯之转作风，努力建设人民满意的服务型政府', 'self'],
    ['名词解释', 'other'],
  ])('%s → %s', (title, role) => expect(roleOfTitle(title)).toBe(role));
});

describe('analyzeStructure on the Heshan report', () => {
  const { structure, warnings } = analyzeStructure(heshan);
  const parts = structure.sections.filter((s) => s.level === 'part');
  const numberedAreas = (part: string) => {
    const p = structure.sections.findIndex((s) => s.level === 'part' && s.ordinal === part);
    const s = structure.sections[p]!;
    return structure.sections.filter(
      (a) => a.level === 'area' && a.ordinal !== '' && a.start > s.start && a.end <= s.end,
    );
  };
  const at = (x: { start?: number; end?: number }) => heshan.slice(x.start, x.end);

  it('finds the title, the year reviewed and the year planned', () => {
    expect(structure.title).toBe(
      '奋力谱写新时代富裕生态文明和谐美丽鹤山出彩篇章——鹤山区第十二届人民代表大会第五次会议政府工作报告摘要',
    );
    expect([structure.reviewYear, structure.planYear]).toEqual([2023, 2024]);
  });

  it('finds parts 一 二 三 with their roles, offsets into the original text', () => {
    expect(parts.map((p) => [p.ordinal, p.title, p.role])).toEqual([
      ['一', '2023年工作回顾', 'review'],
      ['二', '2024年工作安排', 'plan'],
      ['三', '加强政府自身建设', 'self'],
    ]);
    expect(at(parts[0]!).startsWith('## 一、2023年工作回顾')).toBe(true);
    expect(
      at(parts[2]!).endsWith('（本报记者王凤侠整理）'.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'))),
    ).toBe(true);
  });

  it('counts areas (一)…(九) in the review and (一)…(八) in the plan', () => {
    expect(numberedAreas('一').map((a) => a.ordinal)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
    ]);
    expect(numberedAreas('二').map((a) => a.ordinal)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
    ]);
    expect(numberedAreas('二')[0]!.title).toBe('夯实发展基础，推动综合实力稳步提升');
  });

  it('keeps the unnumbered markdown headings of the plan as areas with their role', () => {
    const unnumbered = structure.sections.filter((s) => s.level === 'area' && s.ordinal === '');
    expect(unnumbered.map((s) => [s.title, s.role])).toEqual([
      ['政府工作的总体要求', 'targets'],
      ['经济社会发展的主要目标', 'targets'],
      ['2024年重点做好八个方面的工作', 'plan'],
    ]);
  });

  it('finds the tasks of the plan and of self-building, none in the review', () => {
    const titles = structure.tasks.map((t) => t.title);
    expect(titles).toHaveLength(25);
    expect(titles.slice(0, 3)).toEqual([
      '打好招商引资“主动战”',
      '打好项目建设“攻坚战”',
      '做大做强产业平台载体',
    ]);
    expect(titles.slice(-4)).toEqual([
      '加强政治能力建设',
      '加强法治政府建设',
      '加强能力作风建设',
      '加强反腐倡廉建设',
    ]);
    const first = structure.tasks[0]!;
    expect(structure.sections[first.section]).toMatchObject({ level: 'area', ordinal: '一', role: 'plan' });
    expect(at(first).startsWith('打好招商引资“主动战”。聚焦生物医药')).toBe(true);
    expect(at(first).endsWith('新增外资企业2家以上。')).toBe(true);
  });

  it('spans the main-targets paragraph across its damaged line breaks', () => {
    const span = at(structure.mainTargets!);
    expect(span.startsWith('主要经济指标保持或争取进入全市前列。地区生产总值增长7.5%')).toBe(true);
    expect(span.endsWith('单位生产总值能耗完成市定目标。')).toBe(true);
  });

  it('warns where a sentence breaks off at the end of a section', () => {
    const crossing = warnings.filter((w) => w.code === 'sentence_crosses_section').map(at);
    expect(crossing).toEqual(['办', '区政府确定的28项重点工作', '实施“互联网+监']);
  });

  it('warns where a paragraph was cut mid-sentence and joined, and where a fragment repeats', () => {
    const joined = warnings.filter((w) => w.code === 'line_break_joined').map(at);
    expect(joined).toContain('全\n\n力');
    expect(joined).toContain('长\n\n2');
    expect(warnings.filter((w) => w.code === 'repeated_fragment').map(at)).toEqual(['念']);
  });
});

describe('analyzeStructure rules', () => {
  it('does not open a part for an 一、 that restarts the numbering inside the text', () => {
    const text =
      '一、工作回顾\n去年增长8%。\n二、工作安排\n一、坚持稳中求进。二、坚持改革。\n三、自身建设\n加强作风建设。\n';
    const parts = analyzeStructure(text).structure.sections.filter((s) => s.level === 'part');
    expect(parts.map((p) => p.ordinal)).toEqual(['一', '二', '三']);
  });

  it('reads 第一部分 headings as parts', () => {
    const text =
      '第一部分 2023年工作回顾\n去年增长8%。\n第二部分 2024年工作安排\n扩大有效投资。完成投资80亿元。\n';
    const { structure } = analyzeStructure(text);
    expect(structure.sections.map((s) => [s.ordinal, s.title, s.role])).toEqual([
      ['一', '2023年工作回顾', 'review'],
      ['二', '2024年工作安排', 'plan'],
    ]);
    expect(structure.tasks.map((t) => t.title)).toEqual(['扩大有效投资']);
  });

  it('warns when an area number is skipped', () => {
    const text =
      '一、2024年工作安排\n（一）稳增长\n推动投资增长。扩大有效投资。\n（三）促改革\n深化改革。推进改革。\n';
    const { structure, warnings } = analyzeStructure(text);
    expect(structure.sections.map((s) => s.ordinal)).toEqual(['一', '一', '三']);
    expect(warnings.map((w) => w.code)).toContain('section_number_gap');
  });

  it('takes a plain title line between a finished sentence and a paragraph as an unnumbered heading', () => {
    const text = '一、2024年工作安排\n去年完成投资。\n经济社会发展的主要目标\n地区生产总值增长7.5%。\n';
    const { structure } = analyzeStructure(text);
    expect(structure.sections.map((s) => [s.ordinal, s.title, s.role])).toEqual([
      ['一', '2024年工作安排', 'plan'],
      ['', '经济社会发展的主要目标', 'targets'],
    ]);
    expect(text.slice(structure.mainTargets!.start, structure.mainTargets!.end)).toBe(
      '地区生产总值增长7.5%。',
    );
  });

  it('does not take half of a broken sentence for a heading', () => {
    const lines = splitLines('一、2026年工作安排\n做好工作。\n今年经济社会发展的\n主要目标\n是：增长5%。\n');
    expect(lines.map((l) => l.kind)).toEqual(['part', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('takes the planned year from the session date when headings carry none', () => {
    const text =
      '政府工作报告\n——2024年12月24日在县第十八届人民代表大会第五次会议上\n一、过去一年工作回顾\n增长。\n';
    expect(analyzeStructure(text).structure).toMatchObject({ planYear: 2025, reviewYear: 2024 });
  });

  it('gives a best-effort result with a warning for text without report structure', () => {
    const { structure, warnings } = analyzeStructure('扩大有效投资。全年完成投资80亿元以上。\n');
    expect(structure.sections).toEqual([]);
    expect(structure.tasks.map((t) => t.title)).toEqual(['扩大有效投资']);
    expect(warnings.map((w) => w.code)).toContain('no_structure');
  });

  it('prefers the coming year’s targets over a five-year plan’s', () => {
    const text = [
      '一、“十五五”时期主要目标任务',
      '“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。',
      '二、2026年工作安排',
      '今年经济社会发展主要预期目标是：地区生产总值增长5%左右。',
    ].join('\n');
    const { structure } = analyzeStructure(text);
    expect(text.slice(structure.mainTargets!.start, structure.mainTargets!.end)).toBe(
      '今年经济社会发展主要预期目标是：地区生产总值增长5%左右。',
    );
  });
});

describe.skipIf(!hasCorpus)('analyzeStructure on other reports (../shared/corpus)', () => {
  it.each([
    [
      'national-2024.txt',
      [
        ['一', 'review'],
        ['二', 'targets'],
        ['三', 'plan'],
      ],
      '三',
      10,
    ],
    [
      'provincial-2026/beijing-2026.txt',
      [
        ['一', 'review'],
        ['二', 'plan'],
        ['三', 'plan'],
      ],
      '三',
      10,
    ],
    [
      'provincial-2026/chongqing-2026.txt',
      [
        ['一', 'review'],
        ['二', 'plan'],
        ['三', 'plan'],
        ['四', 'self'],
      ],
      '三',
      11,
    ],
    [
      'provincial-2026/fujian-2026.txt',
      [
        ['一', 'review'],
        ['二', 'other'],
        ['三', 'plan'],
        ['四', 'self'],
      ],
      '三',
      9,
    ],
    [
      'provincial-2026/guangdong-2026.txt',
      [
        ['一', 'review'],
        ['二', 'plan'],
        ['三', 'plan'],
        ['附件1', 'plan'],
        ['附件2', 'other'],
      ],
      '三',
      14,
    ],
  ])('%s: parts with roles, and the areas of the year’s plan', (file, expected, planPart, planAreas) => {
    const { structure } = analyzeStructure(corpus(file));
    const parts = structure.sections.filter((s) => s.level === 'part');
    expect(parts.map((p) => [p.ordinal, p.role])).toEqual(expected);
    const plan = parts.find((p) => p.ordinal === planPart)!;
    const areas = structure.sections.filter(
      (s) => s.level === 'area' && s.ordinal !== '' && s.start > plan.start && s.end <= plan.end,
    );
    expect(areas).toHaveLength(planAreas);
  });

  const files = hasCorpus
    ? [
        'national-2023.txt',
        'national-2024.txt',
        ...readdirSync(new URL('provincial-2026/', CORPUS)).map((f) => `provincial-2026/${f}`),
      ]
    : [];
  it.each(files)('%s: parts, years, tasks and the main-targets paragraph are found', (file) => {
    const text = corpus(file);
    const { structure, warnings } = analyzeStructure(text);
    expect(structure.sections.filter((s) => s.level === 'part').length).toBeGreaterThanOrEqual(2);
    expect(structure.planYear).toBe((structure.reviewYear ?? 0) + 1);
    expect(structure.tasks.length).toBeGreaterThan(5);
    expect(text.slice(structure.mainTargets!.start, structure.mainTargets!.end)).toMatch(/主要(预期)?目标/);
    expect(warnings.map((w) => w.code)).not.toContain('no_structure');
  });
});
