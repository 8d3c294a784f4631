// CSV and JSON exports of a plan's targets and progress. CSV is UTF-8 with a byte-order mark and CRLF line ends
// so Excel opens the Chinese text correctly (RFC 4180 quoting); cells that a spreadsheet would run as a formula
// (=, +, -, @ at the start of text) are prefixed with an apostrophe (OWASP "CSV injection").
import type { ProgressState } from '../../domain/supervision/calendar';
import {
  COMPARATORS,
  type Comparator,
  MODALITIES,
  type Modality,
  STATUS,
  type StatusId,
  TARGET_TYPES,
  type TargetType,
} from '../../shared/status';

export interface TargetExportRow {
  targetId: number;
  area: string;
  task: string;
  indicator: string;
  comparator: Comparator;
  value: number | null;
  unit: string;
  type: TargetType;
  modality: Modality;
  leadUnit: string;
  cooperatingUnits: string[];
  deadline: string;
  latestPeriod: string | null;
  latestValue: number | null;
  latestYoy: number | null;
  status: StatusId | null;
  /** The judgement's sentence, e.g. "累计增长6.1%,低于目标0.9个百分点". */
  sentence: string;
}

export interface ProgressExportRow {
  targetId: number;
  indicator: string;
  period: string;
  value: number | null;
  yoy: number | null;
  status: ProgressState;
  progress: string;
  problems: string;
  nextSteps: string;
  submittedAt: string | null;
  reviewedAt: string | null;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
}

const BOM = '\uFEFF';
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const PROGRESS_STATE_ZH: Record<ProgressState, string> = {
  draft: '草稿',
  submitted: '已报送',
  approved: '已审核',
  returned: '已退回',
};

/** One CSV field: numbers as they are, text quoted when needed and defused when it would start a formula. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t]/.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export const TARGET_COLUMNS: readonly CsvColumn<TargetExportRow>[] = [
  { header: '编号', value: (r) => r.targetId },
  { header: '类别', value: (r) => r.area },
  { header: '工作任务', value: (r) => r.task },
  { header: '指标', value: (r) => r.indicator },
  { header: '比较', value: (r) => COMPARATORS[r.comparator].zh },
  { header: '目标值', value: (r) => r.value },
  { header: '单位', value: (r) => r.unit },
  { header: '类型', value: (r) => TARGET_TYPES[r.type].zh },
  { header: '力度', value: (r) => MODALITIES[r.modality].zh },
  { header: '牵头单位', value: (r) => r.leadUnit },
  { header: '配合单位', value: (r) => r.cooperatingUnits.join('、') },
  { header: '完成时限', value: (r) => r.deadline },
  { header: '最新报告期', value: (r) => r.latestPeriod },
  { header: '最新值', value: (r) => r.latestValue },
  { header: '同比(%)', value: (r) => r.latestYoy },
  { header: '状态', value: (r) => (r.status ? STATUS[r.status].zh : '') },
  { header: '研判', value: (r) => r.sentence },
];

export const PROGRESS_COLUMNS: readonly CsvColumn<ProgressExportRow>[] = [
  { header: '目标编号', value: (r) => r.targetId },
  { header: '指标', value: (r) => r.indicator },
  { header: '报告期', value: (r) => r.period },
  { header: '累计值', value: (r) => r.value },
  { header: '同比(%)', value: (r) => r.yoy },
  { header: '报送状态', value: (r) => PROGRESS_STATE_ZH[r.status] },
  { header: '进展情况', value: (r) => r.progress },
  { header: '存在问题', value: (r) => r.problems },
  { header: '下一步措施', value: (r) => r.nextSteps },
  { header: '报送时间', value: (r) => r.submittedAt },
  { header: '审核时间', value: (r) => r.reviewedAt },
];

export const targetsCsv = (rows: readonly TargetExportRow[]) => toCsv(TARGET_COLUMNS, rows);
export const progressCsv = (rows: readonly ProgressExportRow[]) => toCsv(PROGRESS_COLUMNS, rows);

export interface PlanExport {
  plan: { id: number; title: string; year: number; region: string };
  targets: readonly TargetExportRow[];
  progress: readonly ProgressExportRow[];
}

/** The JSON export: a versioned envelope so later readers know the shape. */
export function planJson(data: PlanExport, exportedAt: Date = new Date()): string {
  return `${JSON.stringify({ format: 'duban-plan-export', version: 1, exportedAt: exportedAt.toISOString(), ...data }, null, 2)}\n`;
}
