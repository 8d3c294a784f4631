import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../domain/supervision/ledger';
import { AppError } from '../../shared/api/errors';
import { writeLedgerXlsx } from './ledger-export';
import { detectHeader } from './ledger-header';
import { readLedgerXlsx } from './ledger-import';

const rows: LedgerRow[] = [
  {
    seq: '1',
    category: '经济发展',
    task: '地区生产总值增长7.5%',
    quantTarget: '7.5%',
    leadLeader: '张三',
    leadUnit: '县发展和改革局',
    cooperatingUnits: ['县统计局', '各乡镇人民政府(街道)'],
    deadlineText: '年底前',
    latestProgress: '前三季度增长6.8%,低于目标0.7个百分点',
    status: 'behind',
  },
  {
    seq: '2',
    category: '生态环境',
    task: '完成造林规模9500亩以上',
    quantTarget: '9500亩',
    leadLeader: '',
    leadUnit: '县林业局',
    cooperatingUnits: [],
    deadlineText: '2024年10月底前',
    latestProgress: '',
    status: null,
  },
];

describe('writeLedgerXlsx', () => {
  it('writes the title, the §1.2 headers and one row per task, read back by exceljs', async () => {
    const buf = await writeLedgerXlsx(rows, { title: '2024年重点任务台账' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('台账');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A1').value).toBe('2024年重点任务台账');
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '序号',
      '类别',
      '工作任务',
      '量化目标',
      '牵头领导',
      '牵头单位',
      '配合单位',
      '完成时限',
      '最新进展',
      '状态',
    ]);
    expect(ws.getCell('G3').value).toBe('县统计局、各乡镇人民政府(街道)');
    expect(ws.getCell('J3').value).toBe('欠进度');
    expect(ws.getCell('J3').fill).toMatchObject({ fgColor: { argb: 'FFFAAD14' } });
    expect(ws.getCell('C3').font?.name).toBe('仿宋_GB2312');
    expect(ws.rowCount).toBe(4);
  });

  it('round-trips through readLedgerXlsx', async () => {
    const back = await readLedgerXlsx(await writeLedgerXlsx(rows, { title: '台账' }));
    expect(back.badRows).toEqual([]);
    expect(back.goodRows.map(({ row, unitsFromText, ...r }) => r)).toEqual(rows);
    expect(back.goodRows.map((r) => r.row)).toEqual([3, 4]);
  });
});

describe('readLedgerXlsx on the bracket-form fixture', async () => {
  const r = await readLedgerXlsx(readFileSync('fixtures/ledger-bracket.xlsx'));

  it('finds the header under the title and 文号 lines', () => {
    expect(r.headerRow).toBe(3);
    expect(r.columns).toEqual({ seq: 'A', task: 'B', deadlineText: 'C' });
    expect(r.groupRows).toBe(2);
  });

  it('takes the units out of the task text, lead first', () => {
    expect(
      r.goodRows.map((g) => [g.row, g.category, g.task, g.leadUnit, g.cooperatingUnits, g.deadlineText]),
    ).toEqual([
      [
        5,
        '经济发展',
        '规模以上工业增加值增长11.5%。',
        '县科经局',
        ['各镇人民政府', '嘉鱼经济开发区'],
        '年底前',
      ],
      [6, '经济发展', '固定资产投资增长12%。', '县发改局', ['县统计局', '县住建局'], '2024年12月底前'],
      [9, '民生保障', '城镇新增就业5000人', '县人社局', ['各乡镇人民政府(街道)'], '持续推进'],
    ]);
    expect(r.goodRows.every((g) => g.unitsFromText)).toBe(true);
  });

  it('reports every bad row with its row number', () => {
    expect(r.badRows).toEqual([
      {
        row: 7,
        errors: [
          { column: 'leadUnit', message: '缺少牵头单位:牵头单位列为空,任务文字中也没有“(牵头单位:…)”' },
        ],
      },
      {
        row: 10,
        errors: [
          { column: 'task', message: '工作任务为空' },
          { column: 'leadUnit', message: '缺少牵头单位:牵头单位列为空,任务文字中也没有“(牵头单位:…)”' },
        ],
      },
    ]);
  });
});

describe('readLedgerXlsx on the table-form fixture', async () => {
  const r = await readLedgerXlsx(readFileSync('fixtures/ledger-table.xlsx'));

  it('reads a two-level header (责任单位 over 牵头单位 | 配合单位) and variant names', () => {
    expect(r.headerRow).toBe(3);
    expect(r.columns).toMatchObject({
      task: 'C',
      leadLeader: 'E',
      leadUnit: 'F',
      cooperatingUnits: 'G',
      latestProgress: 'I',
      status: 'J',
    });
  });

  it('keeps good rows, filling a vertically merged 类别 and units from a bracket', () => {
    expect(r.goodRows.map((g) => [g.row, g.category, g.leadUnit, g.cooperatingUnits, g.status])).toEqual([
      [4, '稳增长', '县发改局', ['县统计局', '各乡镇'], 'behind'],
      [5, '稳增长', '县财政局', ['县税务局'], 'on_track'],
      [10, '强产业', '县科工局', ['县通信发展办'], 'completed'],
    ]);
    expect(r.goodRows[1]?.task).toBe('一般公共预算收入增长8%');
  });

  it.each([
    [6, 'status', '状态“差不多”无法识别'],
    [7, 'task', '工作任务为空'],
    [8, 'leadUnit', '牵头单位列为“县科工局”,任务文字括号内为“县财政局”,请核对'],
    [9, 'task', '公式结果为错误值 #DIV/0!'],
  ])('reports row %i: %s — %s', (row, column, message) => {
    const bad = r.badRows.find((b) => b.row === row);
    expect(bad?.errors.some((e) => e.column === column && e.message.startsWith(message))).toBe(true);
  });

  it('has exactly the four bad rows', () => {
    expect(r.badRows.map((b) => b.row)).toEqual([6, 7, 8, 9]);
  });
});

describe('readLedgerXlsx refuses what it cannot read, with a clear message', () => {
  it.each([
    ['a text file', Buffer.from('序号,工作任务\n1,x', 'utf8'), 'UNSUPPORTED_FILE', /不是有效的 Excel/],
    [
      'an old .xls file',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
      'UNSUPPORTED_FILE',
      /另存为 .xlsx/,
    ],
    ['a broken zip', Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]), 'UNSUPPORTED_FILE', /不是有效的 Excel/],
  ])('%s', async (_name, data, code, message) => {
    const err = await readLedgerXlsx(data).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    expect((err as AppError).detail?.zh).toMatch(message);
  });

  it('a workbook without a header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const err = await readLedgerXlsx(buf).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('VALIDATION_FAILED');
    expect((err as AppError).detail?.zh).toMatch(/找不到表头/);
  });
});

describe('detectHeader', () => {
  it.each([
    [
      'single row with variants',
      [['编号', '目标任务', '牵头责任单位', '时限']],
      0,
      { seq: 0, task: 1, leadUnit: 2, deadlineText: 3 },
    ],
    [
      'notes in brackets and line breaks',
      [['序号', '重点工作', '牵头单位\n(第一个为牵头)']],
      0,
      { seq: 0, task: 1, leadUnit: 2 },
    ],
    ['no task column', [['序号', '牵头单位']], null, null],
  ])('%s', (_name, grid, lastRow, columns) => {
    const h = detectHeader(grid);
    expect(h?.lastRow ?? null).toBe(lastRow);
    expect(h?.columns ?? null).toEqual(columns);
  });
});
