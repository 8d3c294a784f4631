import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { type BulletinItem, composeBulletin } from '../../domain/supervision/bulletin';
import { composeReview } from '../../domain/supervision/review';
import { writeBulletinDocx } from './bulletin-docx';
import { writeReviewDocx } from './review-docx';

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml;
}

async function text(buf: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: buf })).value;
}

const items: BulletinItem[] = [
  {
    targetId: 1,
    indicator: '规模以上工业增加值增长',
    area: '经济',
    departmentId: 2,
    departmentName: '县科经局',
    status: 'behind',
    sentenceZh: '累计增长6.1%,低于目标0.9个百分点',
    gap: -0.9,
  },
  {
    targetId: 2,
    indicator: '实际利用外资',
    area: '经济',
    departmentId: 3,
    departmentName: '县商务局',
    status: 'behind',
    sentenceZh: '完成年度目标的53.3%,低于序时进度21.7个百分点',
    gap: -21.7,
  },
  {
    targetId: 3,
    indicator: '新增就业',
    area: '民生',
    departmentId: 1,
    departmentName: '县人社局',
    status: 'on_track',
    sentenceZh: '完成年度目标的80%,高于序时进度5个百分点',
    gap: 5,
  },
  {
    targetId: 4,
    indicator: '造林规模',
    area: '生态',
    departmentId: 4,
    departmentName: '县林业局',
    status: 'completed',
    sentenceZh: '已完成年度目标的126%',
    gap: 26,
  },
];

describe('writeBulletinDocx', async () => {
  const bulletin = composeBulletin({
    issuer: '鹤山区人民政府督查室',
    year: 2024,
    period: '2024-Q3',
    issuedOn: '2024-10-15',
    number: { year: 2024, seq: 3 },
    items,
    reporting: [
      { departmentId: 1, name: '县人社局', onTimeRate: 1 },
      { departmentId: 2, name: '县科经局', onTimeRate: 0.5 },
      { departmentId: 3, name: '县商务局', onTimeRate: 0 },
      { departmentId: 4, name: '县林业局', onTimeRate: 1 },
    ],
  });
  const buf = await writeBulletinDocx(bulletin, { addressee: '各镇人民政府,区直各单位:' });
  const raw = await text(buf);
  const xml = await documentXml(buf);

  it('reads back with the masthead, 文号, title, addressee, signature and date in order', () => {
    const order = [
      '鹤山区人民政府督查室',
      '督查通报〔2024〕3号',
      '关于2024年前三季度《政府工作报告》目标任务推进情况的通报',
      '各镇人民政府,区直各单位:',
      '一、总体情况',
      '二、进度滞后的目标任务',
      '三、单位排名',
      '四、下一步要求',
      '2024年10月15日',
    ];
    const positions = order.map((s) => raw.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('contains the counts sentence, the lagging sentences and the ranking', () => {
    expect(raw).toContain('纳入督查的4项目标任务中,已完成1项、达进度1项、欠进度2项(50%)。');
    expect(raw).toContain('实际利用外资完成年度目标的53.3%,低于序时进度21.7个百分点');
    expect(raw).toContain('规模以上工业增加值累计增长6.1%,低于目标0.9个百分点(牵头单位:县科经局)。');
    expect(raw).toMatch(/1\s+县林业局/);
  });

  it('has two tables, counts and ranking; the lagging items are numbered sentences', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(raw).toMatch(/1\. [^\n]*\(牵头单位:[^)]+\)。/);
    expect(raw).toContain('报送及时率');
  });

  it('sets the official fonts and the red masthead', () => {
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11905" w:h="16837"/);
    expect(xml).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
  });
});

describe('writeReviewDocx', async () => {
  const review = composeReview({
    year: 2024,
    items: [
      {
        targetId: 1,
        indicator: '签约亿元以上项目',
        area: '经济综合实力',
        type: 'count',
        comparator: '>=',
        unit: '个',
        target: 32,
        actual: 40,
        estimate: false,
      },
      {
        targetId: 2,
        indicator: '地区生产总值增长',
        area: '经济综合实力',
        type: 'growth',
        comparator: '=',
        unit: '%',
        target: 7.5,
        actual: 7.8,
        estimate: true,
      },
      {
        targetId: 3,
        indicator: '造林规模',
        area: '生态环境',
        type: 'level',
        comparator: '>=',
        unit: '亩',
        target: 9500,
        actual: 9000,
        estimate: false,
      },
    ],
  });
  const buf = await writeReviewDocx(review, {
    title: '鹤山区2024年《政府工作报告》目标任务完成情况',
    issuer: '鹤山区人民政府',
    dateZh: '2025年1月10日',
  });
  const raw = await text(buf);
  const xml = await documentXml(buf);

  it('writes the opening and one heading and paragraph per area', () => {
    expect(raw).toContain('3项量化指标中2项完成或超额完成(部分为预计数)');
    expect(raw).toContain('(一)经济综合实力');
    expect(raw).toContain(
      '全年签约亿元以上项目40个,为年度计划的125%;预计全年地区生产总值增长7.8%,高于年度目标0.3个百分点。',
    );
    expect(raw).toContain('(二)生态环境');
  });

  it('ends with the plan-versus-actual table', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    for (const cell of ['年度目标', '完成情况', '32个以上', '预计7.8%', '94.7%', '未完成'])
      expect(raw).toContain(cell);
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
  });
});
