import { describe, expect, it } from 'vitest';
import { extractPlan } from '../index';
import { readReport } from './index';
import { type Cell, tableLines } from './table';

/** Rows of plain cells; `[text, n]` spans n columns, `null` continues the cell above (a vertical merge). */
type Spec = (string | [string, number] | null)[][];
const cells = (rows: Spec): Cell[][] =>
  rows.map((r) =>
    r.map((c) =>
      c === null
        ? { text: '', span: 1, continued: true }
        : Array.isArray(c)
          ? { text: c[0], span: c[1] }
          : { text: c, span: 1 },
    ),
  );

const TARGETS: string[][] = [
  ['指标', '单位', '目标', '增长%'],
  ['地区生产总值', '亿元', '860', '6左右'],
  ['一般公共预算收入', '亿元', '42', '5'],
  ['城镇新增就业', '万人', '1.5', ''],
  ['居民人均可支配收入', '元', '—', '与经济增长同步'],
];
const TARGET_LINES = [
  '地区生产总值860亿元，增长6%左右。',
  '一般公共预算收入42亿元，增长5%。',
  '城镇新增就业1.5万人。',
  '居民人均可支配收入与经济增长同步。',
];

const before = ['2026年政府工作报告', '一、2025年工作回顾', '全县各项事业稳步推进。', '二、2026年工作安排'];
const lead = '今年全县经济社会发展主要预期目标如下：';
const after = ['（一）扩大有效需求', '抓好项目建设。全年实施重点项目80个。'];

async function docxWithTable(rows: string[][], cellParagraphs = false): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
  const cell = (t: string) =>
    new TableCell({
      children: cellParagraphs ? t.split('|').map((p) => new Paragraph(p)) : [new Paragraph(t)],
    });
  const doc = new Document({
    sections: [
      {
        children: [
          ...before.map((t) => new Paragraph(t)),
          new Paragraph(lead),
          new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }),
          ...after.map((t) => new Paragraph(t)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const page = (table: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><body><div class="content">${[...before, lead].map((t) => `<p>${t}</p>`).join('')}${table}${after
      .map((t) => `<p>${t}</p>`)
      .join('')}</div></body></html>`,
  );

const targetItems = (text: string) =>
  extractPlan(text).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.yoy_pct]);

describe('tables of figures', () => {
  it('writes each row of a .docx table as a line of prose the statements engine reads', async () => {
    const r = await readReport(await docxWithTable(TARGETS), 'report.docx');
    expect(r.text.split('\n')).toEqual([...before, lead, ...TARGET_LINES, ...after]);
    expect(targetItems(r.text)).toEqual([
      ['地区生产总值', '=', 860, '亿元', 6],
      ['一般公共预算收入', '=', 42, '亿元', 5],
      ['城镇新增就业', '=', 1.5, '万人', undefined],
      ['实施重点项目', '=', 80, '个', undefined],
    ]);
    // The lead-in and the rows are the main targets.
    const main = extractPlan(r.text).structure.mainTargets!;
    expect(r.text.slice(main.start, main.end)).toBe([lead, ...TARGET_LINES].join('\n'));
  });

  it('writes a web page table the same way (th header in thead, cells holding <p>)', async () => {
    const [head, ...body] = TARGETS;
    const table = `<table border="1"><thead><tr>${head!.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
    const r = await readReport(page(table));
    expect(r.text.split('\n')).toEqual([...before, lead, ...TARGET_LINES, ...after]);
  });

  it('joins a header cell of two lines (2026年⏎目标, 增长⏎（%）) in a .docx and a web page', async () => {
    const [, ...body] = TARGETS;
    const docx = await docxWithTable([['指标', '单位', '2026年|目标', '增长|（%）'], ...body], true);
    expect((await readReport(docx, 'report.docx')).text.split('\n')).toEqual([
      ...before,
      lead,
      ...TARGET_LINES,
      ...after,
    ]);
    const table = `<table><tr><td>指标</td><td>单位</td><td>2026年<br>目标</td><td><p>增长</p><p>（%）</p></td></tr>${body
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`;
    expect((await readReport(page(table))).text.split('\n')).toEqual([
      ...before,
      lead,
      ...TARGET_LINES,
      ...after,
    ]);
  });

  it('writes a table of figures inside a layout table (a .docx laid out in a frame), and a <caption>', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const figures = new Table({
      rows: TARGETS.map(
        (r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
      ),
    });
    const frame = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [...[...before, lead].map((t) => new Paragraph(t)), figures] }),
          ],
        }),
      ],
    });
    const doc = new Document({ sections: [{ children: [frame, ...after.map((t) => new Paragraph(t))] }] });
    const r = await readReport(new Uint8Array(await Packer.toBuffer(doc)), 'report.docx');
    expect(r.text.split('\n')).toEqual([...before, lead, ...TARGET_LINES, ...after]);
    const [head, ...body] = TARGETS;
    const html = `<table><caption>2026年主要预期目标</caption><tr>${head!.map((h) => `<th>${h}</th>`).join('')}</tr>${body
      .map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`;
    expect((await readReport(page(html))).text.split('\n')).toEqual([
      ...before,
      lead,
      '2026年主要预期目标',
      ...TARGET_LINES,
      ...after,
    ]);
  });

  it('reads merged cells in a web page: a header over two columns, a category down several rows', async () => {
    const table = `<table>
      <tr><td rowspan="2">类别</td><td rowspan="2">指标</td><td colspan="2">2025年完成</td></tr>
      <tr><td>总量</td><td>比上年增长(%)</td></tr>
      <tr><td rowspan="2">经济发展</td><td>规上工业增加值（亿元）</td><td>215</td><td>8.2</td></tr>
      <tr><td>社会消费品零售总额（亿元）</td><td>330</td><td>-1.5</td></tr>
    </table>`;
    const r = await readReport(page(table));
    expect(r.text.split('\n').slice(5, 7)).toEqual([
      '规上工业增加值215亿元，增长8.2%（经济发展）。',
      '社会消费品零售总额330亿元，下降1.5%（经济发展）。',
    ]);
  });

  it('leaves a layout table alone: cells of several paragraphs are read one paragraph a line', async () => {
    const prose = [
      ['一、2025年工作回顾|全县地区生产总值增长5.5%。', '备注'],
      ['二、2026年工作安排|抓好项目建设。', '2'],
    ];
    const r = await readReport(await docxWithTable(prose, true), 'report.docx');
    expect(r.text).toContain('\n一、2025年工作回顾\n全县地区生产总值增长5.5%。\n备注\n');
    const html = `<table><tr><td><p>一、2025年工作回顾</p><p>全县地区生产总值增长5.5%。</p></td><td>2</td></tr><tr><td>备注</td><td>3</td></tr></table>`;
    expect((await readReport(page(html))).text).toContain(
      '\n一、2025年工作回顾\n全县地区生产总值增长5.5%。\n',
    );
  });

  it.each<[string, Spec, string[]]>([
    [
      'drops a 序号 column, takes units from headers, writes ≥ and a fall, keeps text columns in brackets',
      [
        ['序号', '指标名称', '单位', '2026年目标', '增速（%）', '属性'],
        ['1', '固定资产投资', '亿元', '', '≥7', '预期性'],
        ['2', '社会消费品零售总额', '亿元', '310', '－2', '预期性'],
        ['3', '单位地区生产总值能耗降低', '%', '', '3', '约束性'],
      ],
      [
        '固定资产投资增长7%以上（预期性）。',
        '社会消费品零售总额310亿元，下降2%（预期性）。',
        '单位地区生产总值能耗降低3%（约束性）。',
      ],
    ],
    [
      'drops a column numbering the rows under an empty header',
      [
        ['', '指标', '目标'],
        ['1', '新建改造农村公路（公里）', '120'],
        ['2', '新增城镇就业（人）', '3000以上'],
      ],
      ['新建改造农村公路120公里。', '新增城镇就业3000人以上。'],
    ],
    [
      'names each figure after its header when a row has two of them',
      [
        ['指标', '单位', '2025年完成', '2026年目标'],
        ['粮食产量', '万吨', '61.2', '61.5以上'],
      ],
      ['粮食产量2025年完成61.2万吨，2026年目标61.5万吨以上。'],
    ],
    [
      'joins the cells of a table without a header row, and keeps a heading row as written',
      [[['一、经济指标', 3]], ['粮食产量', '万吨', '61.2']],
      ['一、经济指标', '粮食产量，万吨，61.2。'],
    ],
    [
      'continues a vertically merged cell into the rows below',
      [
        ['领域', '指标', '目标'],
        ['民生', '新增城镇就业（人）', '9000'],
        [null, '新建幼儿园（所）', '3'],
      ],
      ['新增城镇就业9000人（民生）。', '新建幼儿园3所（民生）。'],
    ],
  ])('%s', (_name, rows, lines) => {
    expect(tableLines(cells(rows))).toEqual(lines);
  });

  it('gives the results of a review table as actuals with their growth', () => {
    const text = [
      '2026年政府工作报告',
      '一、2025年工作回顾',
      '过去一年，主要指标完成情况如下：',
      ...tableLines(
        cells([
          ['指标', '单位', '完成', '增长%'],
          ['地区生产总值', '亿元', '812', '5.8'],
        ]),
      ),
      '二、2026年工作安排',
      ...after,
    ].join('\n');
    expect(extractPlan(text).actuals.map((a) => [a.indicator, a.value, a.unit, a.yoy_pct])).toEqual([
      ['地区生产总值', 812, '亿元', 5.8],
    ]);
  });
});
