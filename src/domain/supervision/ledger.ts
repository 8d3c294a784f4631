// The 分解表 / 台账 row (DOMAIN.md §1.2 column set: 序号, 类别/板块, 工作任务, 量化目标, 牵头领导, 牵头单位, 配合单位,
// 完成时限; the 台账 adds 工作进度, §1.3) and the column-name variants counties use, for export and import.
import { STATUS, STATUS_IDS, type StatusId } from '../../shared/status';

export interface LedgerRow {
  /** As written; often hierarchical (一、 (一) 1.). */
  seq: string;
  category: string;
  task: string;
  quantTarget: string;
  leadLeader: string;
  /** The first listed unit is the lead (DOMAIN.md §1.2). */
  leadUnit: string;
  cooperatingUnits: string[];
  deadlineText: string;
  latestProgress: string;
  status: StatusId | null;
}

export type LedgerColumn = keyof LedgerRow;

export interface LedgerColumnDef {
  key: LedgerColumn;
  header: string;
  /** Header names seen in real tables (DOMAIN.md §1.2 "Variants seen"), compared after normalisation. */
  variants: readonly string[];
  /** Column width in Excel characters. */
  width: number;
  required: boolean;
}

export const LEDGER_COLUMNS: readonly LedgerColumnDef[] = [
  {
    key: 'seq',
    header: '序号',
    variants: ['序号', '编号', '项目编号', '任务编号'],
    width: 6,
    required: false,
  },
  {
    key: 'category',
    header: '类别',
    variants: ['类别', '板块', '类别板块', '领域', '方面', '分类', '任务类别', '工作板块'],
    width: 14,
    required: false,
  },
  {
    key: 'task',
    header: '工作任务',
    variants: [
      '工作任务',
      '任务内容',
      '目标任务',
      '重点工作',
      '重点任务',
      '工作内容',
      '具体工作内容',
      '任务名称',
      '主要任务',
    ],
    width: 50,
    required: true,
  },
  {
    key: 'quantTarget',
    header: '量化目标',
    variants: ['量化目标', '量化指标', '目标值', '年度目标', '量化要求', '预期目标', '目标要求'],
    width: 18,
    required: false,
  },
  {
    key: 'leadLeader',
    header: '牵头领导',
    variants: [
      '牵头领导',
      '牵头县领导',
      '牵头区领导',
      '牵头市领导',
      '责任领导',
      '分管领导',
      '责任县领导',
      '县级领导',
    ],
    width: 12,
    required: false,
  },
  {
    key: 'leadUnit',
    header: '牵头单位',
    variants: ['牵头单位', '牵头责任单位', '主办单位', '牵头部门', '主责单位', '牵头单位部门'],
    width: 18,
    required: false,
  },
  {
    key: 'cooperatingUnits',
    header: '配合单位',
    variants: [
      '配合单位',
      '责任单位',
      '协同责任单位',
      '参与单位',
      '协办单位',
      '配合部门',
      '责任部门',
      '协同单位',
    ],
    width: 24,
    required: false,
  },
  {
    key: 'deadlineText',
    header: '完成时限',
    variants: ['完成时限', '时限', '完成时间', '时间节点', '时限要求', '完成期限'],
    width: 14,
    required: false,
  },
  {
    key: 'latestProgress',
    header: '最新进展',
    variants: ['最新进展', '进展情况', '完成情况', '工作进展', '推进情况', '进展', '工作进度', '落实情况'],
    width: 40,
    required: false,
  },
  {
    key: 'status',
    header: '状态',
    variants: ['状态', '完成状态', '进度状态', '推进状态', '评价'],
    width: 10,
    required: false,
  },
];

/** Header text compared without spaces, line breaks, notes in brackets or 及/和 joins: "牵头单位\n(第一个为牵头)" → 牵头单位. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s/／、·:：*＊]/g, '')
    .trim();
}

/** The column a header names, or null. */
export function columnForHeader(text: string): LedgerColumn | null {
  const h = normaliseHeader(text);
  if (!h) return null;
  for (const c of LEDGER_COLUMNS) if (c.variants.includes(h)) return c.key;
  return null;
}

// Status words in real 通报 and 台账 (DOMAIN.md §3.2 last paragraph; §1.3 销号).
const STATUS_WORDS: Readonly<Record<string, StatusId>> = {
  提前完成: 'completed',
  已办结: 'completed',
  已销号: 'completed',
  完成: 'completed',
  按序时推进: 'on_track',
  序时推进: 'on_track',
  正常推进: 'on_track',
  达序时: 'on_track',
  滞后: 'behind',
  滞后序时: 'behind',
  进度滞后: 'behind',
  未达序时: 'behind',
  未开始: 'not_started',
  其它: 'no_data',
  其他: 'no_data',
};

export type ParsedStatus = { ok: true; value: StatusId | null } | { ok: false; message: string };

/** A status cell: a label (已完成, 欠进度…), a synonym, an id (on_track), or empty. */
export function parseStatusCell(text: string): ParsedStatus {
  const t = text.replace(/\s+/g, '');
  if (!t) return { ok: true, value: null };
  for (const id of STATUS_IDS) if (t === id || t === STATUS[id].zh) return { ok: true, value: id };
  const word = STATUS_WORDS[t];
  if (word) return { ok: true, value: word };
  const labels = STATUS_IDS.map((id) => STATUS[id].zh).join('、');
  return { ok: false, message: `状态“${text.trim()}”无法识别,应为${labels}之一` };
}

/** 一、 / (一) / 一: a 序号 that opens a group rather than a task. */
export function isGroupOrdinal(seq: string): boolean {
  return /^\s*(?:[一二三四五六七八九十百]+[、.．]?|[（(][一二三四五六七八九十]+[）)])\s*$/.test(seq);
}
