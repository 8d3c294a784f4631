// Reading a 分解表/台账 .xlsx back: header found by column names and their variants (DOMAIN.md §1.2), units
// also taken from brackets inside the task text ("(牵头单位:县科经局;责任单位:各镇人民政府)"), every bad row
// reported with its sheet row number and nothing imported here: the caller shows the report and imports the
// good rows only when the person chooses to (issue 5).
import ExcelJS from 'exceljs';
import {
  isGroupOrdinal,
  type LedgerColumn,
  type LedgerRow,
  parseStatusCell,
} from '../../domain/supervision/ledger';
import { splitUnits, stripInlineAssignment } from '../../extract/assignments';
import { AppError } from '../../shared/api/errors';
import { limits } from '../../shared/api/limits';
import { cellText } from './cells';
import { detectHeader } from './ledger-header';

export interface RowError {
  column: LedgerColumn | null;
  message: string;
}

export interface ImportedLedgerRow extends LedgerRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  /** True when the units came from a bracket in the task text. */
  unitsFromText: boolean;
}

export interface LedgerImportResult {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<LedgerColumn, string>>;
  goodRows: ImportedLedgerRow[];
  badRows: Array<{ row: number; errors: RowError[] }>;
  /** Group rows (一、经济发展) read as the 类别 of the rows below. */
  groupRows: number;
}

export interface LedgerImportOptions {
  sheetName?: string;
  maxRows?: number;
}

/** Longest task text accepted (a long paragraph of a report fits easily). */
export const TASK_TEXT_MAX = 2000;
export const LEDGER_MAX_ROWS = 5000;

interface Grid {
  name: string;
  cells: string[][];
  errors: Map<string, string>;
}

async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const zip = data[0] === 0x50 && data[1] === 0x4b;
  const ole = data[0] === 0xd0 && data[1] === 0xcf;
  if (ole) {
    throw new AppError('UNSUPPORTED_FILE', {
      zh: '这是旧版 Excel (.xls) 文件,请在 Excel 中另存为 .xlsx 后再导入',
      en: 'This is an old Excel (.xls) file; save it as .xlsx and import again',
    });
  }
  const wb = new ExcelJS.Workbook();
  try {
    if (!zip) throw new Error('not a zip');
    await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_FILE', {
      zh: '无法读取该文件:不是有效的 Excel (.xlsx) 文件',
      en: 'The file cannot be read: it is not a valid Excel (.xlsx) workbook',
    });
  }
  return wb;
}

function readGrid(ws: ExcelJS.Worksheet, maxRows: number): Grid {
  if (ws.rowCount > maxRows + 20) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      zh: `工作表“${ws.name}”有${ws.rowCount}行,超过上限${maxRows}行`,
      en: `Sheet "${ws.name}" has ${ws.rowCount} rows, more than the limit of ${maxRows}`,
    });
  }
  const cells: string[][] = [];
  const errors = new Map<string, string>();
  const width = Math.min(ws.columnCount, 60);
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= width; c++) {
      const t = cellText(row.getCell(c).value);
      texts.push(t.ok ? t.text : '');
      if (!t.ok) errors.set(`${r - 1}:${c - 1}`, t.message);
    }
    cells.push(texts);
  }
  return { name: ws.name, cells, errors };
}

const LETTERS = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : LETTERS(Math.floor(i / 26) - 1) + LETTERS(i % 26);

export async function readLedgerXlsx(
  data: Uint8Array,
  options: LedgerImportOptions = {},
): Promise<LedgerImportResult> {
  const wb = await loadWorkbook(data);
  const sheets = options.sheetName
    ? wb.worksheets.filter((w) => w.name === options.sheetName)
    : wb.worksheets;
  if (sheets.length === 0) {
    const zh = options.sheetName ? `找不到工作表“${options.sheetName}”` : '工作簿中没有工作表';
    throw new AppError('VALIDATION_FAILED', {
      zh,
      en: options.sheetName ? `No sheet named "${options.sheetName}"` : 'The workbook has no sheet',
    });
  }
  for (const ws of sheets) {
    const grid = readGrid(ws, options.maxRows ?? LEDGER_MAX_ROWS);
    const header = detectHeader(grid.cells);
    if (header) return readRows(grid, header.lastRow, header.columns);
  }
  throw new AppError('VALIDATION_FAILED', {
    zh: '找不到表头:前15行中没有同时包含“工作任务”(或任务内容、目标任务、重点工作)和其他列名(牵头单位、完成时限等)的行',
    en: 'No header found: none of the first 15 rows names the task column (工作任务 or a variant) and another known column',
  });
}

function readRows(
  grid: Grid,
  headerRow: number,
  columns: Partial<Record<LedgerColumn, number>>,
): LedgerImportResult {
  const result: LedgerImportResult = {
    sheet: grid.name,
    headerRow: headerRow + 1,
    columns: Object.fromEntries(Object.entries(columns).map(([k, i]) => [k, LETTERS(i)])),
    goodRows: [],
    badRows: [],
    groupRows: 0,
  };
  let group = '';
  for (let r = headerRow + 1; r < grid.cells.length; r++) {
    const cells = grid.cells[r] ?? [];
    const get = (key: LedgerColumn) => {
      const i = columns[key];
      return i === undefined ? '' : (cells[i] ?? '');
    };
    if (cells.every((t) => t === '')) continue;
    const groupTitle = groupRowTitle(cells, get);
    if (groupTitle !== null) {
      group = groupTitle.replace(
        /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*/,
        '',
      );
      result.groupRows++;
      continue;
    }
    const errors: RowError[] = [];
    for (const [key, i] of Object.entries(columns) as Array<[LedgerColumn, number]>) {
      const e = grid.errors.get(`${r}:${i}`);
      if (e) errors.push({ column: key, message: e });
    }
    const { row, problems } = toLedgerRow(get, group, columns.leadUnit !== undefined);
    errors.push(...problems);
    if (errors.length > 0) result.badRows.push({ row: r + 1, errors });
    else result.goodRows.push({ ...row, row: r + 1 });
  }
  return result;
}

/** A row that only names a group (merged across, or an ordinal 一、 with a title and no units) → its title. */
function groupRowTitle(cells: readonly string[], get: (k: LedgerColumn) => string): string | null {
  const filled = cells.filter((t) => t !== '');
  const distinct = new Set(filled);
  // Merged across the row: every filled cell holds the same text.
  if (distinct.size === 1 && filled.length >= 2) return filled[0] ?? null;
  const noUnits = get('leadUnit') === '' && get('cooperatingUnits') === '' && get('deadlineText') === '';
  if (!noUnits || get('quantTarget') !== '' || get('leadLeader') !== '') return null;
  if (stripInlineAssignment(get('task')).assignment) return null;
  const seq = get('seq');
  if (seq && isGroupOrdinal(seq)) return get('task') || get('category') || seq;
  if (
    filled.length === 1 &&
    /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(filled[0] ?? '')
  ) {
    return filled[0] ?? null;
  }
  return null;
}

function toLedgerRow(
  get: (k: LedgerColumn) => string,
  group: string,
  hasLeadColumn: boolean,
): { row: Omit<ImportedLedgerRow, 'row'>; problems: RowError[] } {
  const problems: RowError[] = [];
  const { task, assignment } = stripInlineAssignment(get('task'));
  const leadCell = splitUnits(get('leadUnit'));
  const coopCell = splitUnits(get('cooperatingUnits'));
  // DOMAIN.md §1.2: the unit listed first is the lead; without a 牵头 column the 责任单位 list leads.
  const fromColumns = hasLeadColumn ? [...leadCell, ...coopCell] : coopCell;
  const fromText = assignment
    ? [assignment.leadUnit ?? '', ...assignment.cooperatingUnits].filter(Boolean)
    : [];
  const textLead = assignment?.leadExplicit ? assignment.leadUnit : null;
  if (leadCell[0] && textLead && textLead !== leadCell[0]) {
    problems.push({
      column: 'leadUnit',
      message: `牵头单位列为“${leadCell[0]}”,任务文字括号内为“${textLead}”,请核对`,
    });
  }
  const units = [...fromColumns, ...fromText].filter((u, i, all) => all.indexOf(u) === i);
  const status = parseStatusCell(get('status'));
  if (!status.ok) problems.push({ column: 'status', message: status.message });
  const row = {
    seq: get('seq'),
    category: get('category') || group,
    task,
    quantTarget: get('quantTarget'),
    leadLeader: get('leadLeader') || (assignment?.leaders.join('、') ?? ''),
    leadUnit: units[0] ?? '',
    cooperatingUnits: units.slice(1),
    deadlineText: get('deadlineText') || (assignment?.deadlineText ?? ''),
    latestProgress: get('latestProgress'),
    status: status.ok ? status.value : null,
    unitsFromText: fromColumns.length === 0 && fromText.length > 0,
  };
  problems.push(...limitProblems(row));
  return { row, problems };
}

function limitProblems(row: Omit<ImportedLedgerRow, 'row'>): RowError[] {
  const p: RowError[] = [];
  if (!row.task) p.push({ column: 'task', message: '工作任务为空' });
  if (row.task.length > TASK_TEXT_MAX) p.push({ column: 'task', message: `工作任务超过${TASK_TEXT_MAX}字` });
  if (!row.leadUnit) {
    p.push({ column: 'leadUnit', message: '缺少牵头单位:牵头单位列为空,任务文字中也没有“(牵头单位:…)”' });
  }
  const longUnit = [row.leadUnit, ...row.cooperatingUnits].find((u) => u.length > limits.nameMax);
  if (longUnit)
    p.push({
      column: 'cooperatingUnits',
      message: `单位名称过长(超过${limits.nameMax}字):“${longUnit.slice(0, 20)}…”`,
    });
  if (row.cooperatingUnits.length > limits.cooperatingMax) {
    p.push({ column: 'cooperatingUnits', message: `配合单位超过${limits.cooperatingMax}个` });
  }
  if (row.leadLeader.length > limits.leaderMax)
    p.push({ column: 'leadLeader', message: `牵头领导超过${limits.leaderMax}字` });
  if (row.deadlineText.length > limits.deadlineTextMax) {
    p.push({ column: 'deadlineText', message: `完成时限超过${limits.deadlineTextMax}字` });
  }
  if (row.latestProgress.length > limits.narrativeMax) {
    p.push({ column: 'latestProgress', message: `最新进展超过${limits.narrativeMax}字` });
  }
  return p;
}
