import { describe, expect, it } from 'vitest';
import { extractPlan } from '../index';
import { formatNumber } from './docx-numbering';
import { readReport } from './index';

type Item = [level: number | undefined, text: string];

/**
 * A .docx whose headings carry Word's automatic list numbers: parts at level 0 ("%1、" in `partFormat`),
 * areas at level 1 ("（%2）", Chinese counting), a third level "%3." in digits; body paragraphs unnumbered.
 * Numbers are list properties (numbering.xml), not text, as when a drafter uses Word's numbering button.
 */
async function numberedDocx(items: Item[], partFormat = 'chineseCounting', start = 1): Promise<Uint8Array> {
  const { Document, LevelFormat, Packer, Paragraph } = await import('docx');
  const format = (f: string) => f as (typeof LevelFormat)[keyof typeof LevelFormat];
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'report',
          levels: [
            { level: 0, format: format(partFormat), text: '%1、', start },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
          ],
        },
      ],
    },
    sections: [
      {
        children: items.map(([level, text]) =>
          level === undefined
            ? new Paragraph({ text })
            : new Paragraph({ text, numbering: { reference: 'report', level } }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const BODY = '全市地区生产总值增长5.5%，一般公共预算收入增长6%，城镇新增就业8万人。';
const REPORT: Item[] = [
  [undefined, '2025年政府工作报告'],
  [0, '2024年工作回顾'],
  [undefined, BODY],
  [1, '经济运行稳中向好'],
  [undefined, BODY],
  [1, '改革开放不断深化'],
  [undefined, BODY],
  [0, '2025年工作安排'],
  [undefined, '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。'],
  [1, '着力扩大有效需求'],
  [2, '打好招商引资“主动战”。全年引进项目100个。'],
  [2, '扩大有效投资。完成固定资产投资500亿元。'],
  [1, '加快建设现代化产业体系'],
  [2, '壮大先进制造业。规上工业增加值增长6%。'],
];

describe('readReport .docx automatic list numbers', () => {
  it('writes Word list numbers in front of the headings, so the parts and areas are found', async () => {
    const r = await readReport(await numberedDocx(REPORT), 'report.docx');
    const lines = r.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '2025年政府工作报告',
      '一、2024年工作回顾',
      BODY,
      '（一）经济运行稳中向好',
    ]);
    expect(lines).toContain('二、2025年工作安排');
    // Lower levels start again under a new part; the third level counts in digits under its area.
    expect(lines.filter((l) => /^（[一二]）/.test(l))).toEqual([
      '（一）经济运行稳中向好',
      '（二）改革开放不断深化',
      '（一）着力扩大有效需求',
      '（二）加快建设现代化产业体系',
    ]);
    expect(lines).toContain('2.扩大有效投资。完成固定资产投资500亿元。');
    expect(lines).toContain('1.壮大先进制造业。规上工业增加值增长6%。');
    const { sections } = extractPlan(r.text).structure;
    expect(sections.map((s) => [s.level, s.ordinal, s.role])).toEqual([
      ['part', '一', 'review'],
      ['area', '一', 'review'],
      ['area', '二', 'review'],
      ['part', '二', 'plan'],
      ['area', '一', 'plan'],
      ['area', '二', 'plan'],
    ]);
  });

  it('reads the same document without list numbers as before: no headings are made up', async () => {
    const plain = REPORT.map(([, text]): Item => [undefined, text]);
    const r = await readReport(await numberedDocx(plain), 'report.docx');
    expect(r.text.split('\n')).toEqual(plain.map(([, t]) => t));
  });

  it('counts from w:start and in the level format (decimal, 甲乙丙)', async () => {
    const items: Item[] = [
      [0, '工作回顾'],
      [0, '工作安排'],
    ];
    const decimal = await readReport(await numberedDocx(items, 'decimal', 3));
    expect(decimal.text).toBe('3、工作回顾\n4、工作安排');
    const stems = await readReport(await numberedDocx(items, 'ideographTraditional'));
    expect(stems.text).toBe('甲、工作回顾\n乙、工作安排');
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [105, '一百〇五'],
    [110, '一百一十'],
  ])('writes %i in Chinese counting as %s', (n, zh) => {
    expect(formatNumber(n, 'chineseCounting')).toBe(zh);
    expect(formatNumber(n, 'chineseCountingThousand')).toBe(zh.replace('〇', '零'));
  });
});

describe('readReport .docx fields', () => {
  it('keeps the text Word shows for a simple field (w:fldSimple), which mammoth drops', async () => {
    const { Document, Packer, Paragraph, SimpleField, TextRun } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('城镇新增就业'),
                new SimpleField('MERGEFIELD 就业人数', '1.2'),
                new TextRun('万人。'),
              ],
            }),
          ],
        },
      ],
    });
    const r = await readReport(new Uint8Array(await Packer.toBuffer(doc)), 'report.docx');
    expect(r.text).toBe('城镇新增就业1.2万人。');
    expect(r.warnings).toEqual([]);
  });
});

describe('docx list numbers in document.xml', () => {
  const NUMBERING = `<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Part"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;
  const STYLES = `<w:styles xmlns:w="w"><w:style w:styleId="Area"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
  const p = (ppr: string, text: string) =>
    `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const num = (id: number, lvl: number) =>
    `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
  const texts = (xml: string | undefined) =>
    [...(xml ?? '').matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

  it('numbers by paragraph style, restarts at a start override and leaves bullets and old properties alone', async () => {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const defs = readNumberingDefs(NUMBERING, STYLES);
    const body = [
      p('<w:pStyle w:val="Part"/>', '回顾'),
      p('<w:pStyle w:val="Area"/>', '甲'),
      p('<w:pStyle w:val="Area"/>', '乙'),
      p(`<w:pStyle w:val="Part"/>${num(3, 0)}`, '要点'),
      p(`<w:pPrChange><w:pPr>${num(1, 0)}</w:pPr></w:pPrChange>`, '正文'),
      p(num(1, 0), '安排'),
      p(num(1, 1), '丙'),
      p(num(2, 1), '丁'),
      p(num(0, 0), '无'),
    ].join('');
    expect(
      texts(numberParagraphs(`<w:document xmlns:w="w"><w:body>${body}<w:p/></w:body></w:document>`, defs)),
    ).toEqual(['一、回顾', '（一）甲', '（二）乙', '要点', '正文', '二、安排', '（一）丙', '（一）丁', '无']);
    expect(
      numberParagraphs(`<w:document xmlns:w="w"><w:body>${p('', '正文')}</w:body></w:document>`, defs),
    ).toBeUndefined();
  });

  /** Areas 「（%1）」 in their own list, restarted per part the ways Word and WPS write it. */
  const AREAS = `<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="ReportList"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%1．"/></w:lvl></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;
  const doc = (body: string[]) => `<w:document xmlns:w="w"><w:body>${body.join('')}</w:body></w:document>`;

  it('restarts areas numbered (一)(二) in each part when the areas of each part are a list with a start override', async () => {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const defs = readNumberingDefs(AREAS, undefined);
    const body = [
      p(num(1, 0), '回顾'),
      p(num(2, 0), '经济'),
      p(num(2, 1), '工业'),
      p(num(2, 0), '民生'),
      p(num(1, 0), '安排'),
      p(num(3, 0), '需求'),
      p(num(3, 1), '消费'),
      p(num(3, 1), '投资'),
      p(num(3, 0), '产业'),
      p(num(1, 0), '建设'),
      p(num(4, 0), '政治'),
    ];
    expect(texts(numberParagraphs(doc(body), defs))).toEqual([
      '一、回顾',
      '（一）经济',
      '1.工业',
      '（二）民生',
      '二、安排',
      '（一）需求',
      '1.消费',
      '2.投资',
      '（二）产业',
      '三、建设',
      '（一）政治',
    ]);
  });

  it('draws a level redefined inside w:lvlOverride in its own format, from its own start', async () => {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const defs = readNumberingDefs(AREAS, undefined);
    const body = [p(num(5, 0), '甲'), p(num(5, 0), '乙'), p(num(2, 0), '丙')];
    expect(texts(numberParagraphs(doc(body), defs))).toEqual(['３．甲', '４．乙', '（一）丙']);
  });

  it('numbers a list that takes its levels from a list style (w:numStyleLink → w:styleLink)', async () => {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const defs = readNumberingDefs(AREAS, undefined);
    const body = [p(num(6, 0), '回顾'), p(num(6, 1), '经济'), p(num(6, 0), '安排'), p(num(6, 1), '需求')];
    expect(texts(numberParagraphs(doc(body), defs))).toEqual([
      '一、回顾',
      '（一）经济',
      '二、安排',
      '（一）需求',
    ]);
  });

  it('numbers a paragraph style based on a numbered style, unless it turns the numbering off', async () => {
    const { numberParagraphs, readNumberingDefs } = await import('./docx-numbering');
    const styles = `<w:styles xmlns:w="w">
<w:style w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="AreaTitle"><w:basedOn w:val="Heading2"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:styleId="Plain2"><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
</w:styles>`;
    const defs = readNumberingDefs(AREAS, styles);
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
    const body = [p(style('AreaTitle'), '经济'), p(style('Plain2'), '说明'), p(style('AreaTitle'), '民生')];
    expect(texts(numberParagraphs(doc(body), defs))).toEqual(['（一）经济', '说明', '（二）民生']);
  });
});
