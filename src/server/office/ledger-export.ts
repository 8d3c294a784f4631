// The 分解表/台账 as .xlsx: title row, one header row with the DOMAIN.md §1.2 column names, one row per task,
// status cells tinted with the status colour (src/shared/status.ts), header frozen, text wrapped.
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, type LedgerRow } from '../../domain/supervision/ledger';
import { COLOURS, STATUS } from '../../shared/status';

export interface LedgerExportOptions {
  /** e.g. "2024年《政府工作报告》重点任务分解台账". */
  title?: string;
  sheetName?: string;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '仿宋_GB2312';
const HEAD_FONT = '黑体';

function cellValue(row: LedgerRow, key: (typeof LEDGER_COLUMNS)[number]['key']): string {
  if (key === 'cooperatingUnits') return row.cooperatingUnits.join('、');
  if (key === 'status') return row.status ? STATUS[row.status].zh : '';
  return row[key];
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export async function writeLedgerXlsx(
  rows: readonly LedgerRow[],
  options: LedgerExportOptions = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'duban';
  const ws = wb.addWorksheet(options.sheetName ?? '台账', {
    views: [{ state: 'frozen', ySplit: options.title ? 2 : 1 }],
  });
  ws.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  if (options.title) {
    const t = ws.addRow([options.title]);
    ws.mergeCells(t.number, 1, t.number, LEDGER_COLUMNS.length);
    t.height = 32;
    t.getCell(1).font = { name: '方正小标宋简体', size: 16, bold: true };
    t.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  }
  const head = ws.addRow(LEDGER_COLUMNS.map((c) => c.header));
  head.eachCell((cell) => {
    cell.font = { name: HEAD_FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  for (const row of rows) {
    const r = ws.addRow(LEDGER_COLUMNS.map((c) => cellValue(row, c.key)));
    r.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 11 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
    if (row.status) {
      const cell = r.getCell(LEDGER_COLUMNS.length);
      const colour = COLOURS[STATUS[row.status].colour];
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.hex) } };
      cell.alignment = { horizontal: 'center', vertical: 'top' };
    }
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
