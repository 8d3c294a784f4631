// Status ids, light colours and the labels shown for them: ONE map used by server presenters and web tags.
// Sources: status labels from real 通报 (DOMAIN.md §3.2 last paragraph, §1.4); lights from §3.3;
// target types from §3.2; modality and 属性 from §4.

/** The status of one target or task at one reporting period (DOMAIN.md §3.2 "Status labels used in real 通报"). */
export const STATUS_IDS = ['completed', 'ahead', 'on_track', 'behind', 'not_started', 'no_data'] as const;
export type StatusId = (typeof STATUS_IDS)[number];

/** Light colours (DOMAIN.md §3.3 亮灯; blue = 已完成/销号, grey = nothing to judge). */
export const COLOUR_IDS = ['green', 'yellow', 'red', 'blue', 'grey'] as const;
export type Colour = (typeof COLOUR_IDS)[number];

export interface Label {
  zh: string;
  en: string;
}

export interface StatusLabel extends Label {
  /** Default tag colour; the light of a judged item comes from the region's rule set (src/shared/rules.ts). */
  colour: Colour;
  /** Display order in tables and 通报 counts (worst first is `order` descending). */
  order: number;
}

export const STATUS: Readonly<Record<StatusId, StatusLabel>> = {
  completed: { zh: '已完成', en: 'Completed', colour: 'blue', order: 0 },
  ahead: { zh: '超进度', en: 'Ahead of schedule', colour: 'green', order: 1 },
  on_track: { zh: '达进度', en: 'On track', colour: 'green', order: 2 },
  behind: { zh: '欠进度', en: 'Behind schedule', colour: 'yellow', order: 3 },
  not_started: { zh: '未启动', en: 'Not started', colour: 'grey', order: 4 },
  no_data: { zh: '无数据', en: 'No data', colour: 'grey', order: 5 },
};

export interface ColourLabel extends Label {
  /** CSS colour for charts. */
  hex: string;
  /** antd Tag preset colour. */
  tag: 'success' | 'warning' | 'error' | 'processing' | 'default';
}

export const COLOURS: Readonly<Record<Colour, ColourLabel>> = {
  green: { zh: '绿灯', en: 'Green', hex: '#52c41a', tag: 'success' },
  yellow: { zh: '黄灯', en: 'Yellow', hex: '#faad14', tag: 'warning' },
  red: { zh: '红灯', en: 'Red', hex: '#f5222d', tag: 'error' },
  blue: { zh: '蓝灯', en: 'Blue', hex: '#1677ff', tag: 'processing' },
  grey: { zh: '灰灯', en: 'Grey', hex: '#bfbfbf', tag: 'default' },
};

/** How a target is judged (DOMAIN.md §3.2 table); the same ids as src/extract/types.ts TargetType. */
export const TARGET_TYPE_IDS = [
  'growth',
  'level',
  'count',
  'share',
  'rank',
  'rate_change',
  'milestone',
  'qualitative',
] as const;
export type TargetType = (typeof TARGET_TYPE_IDS)[number];

export const TARGET_TYPES: Readonly<Record<TargetType, Label>> = {
  growth: { zh: '增速', en: 'Growth rate' },
  level: { zh: '总量', en: 'Amount or level' },
  count: { zh: '数量', en: 'Count' },
  share: { zh: '比率', en: 'Share or rate' },
  rank: { zh: '位次', en: 'Rank' },
  rate_change: { zh: '百分点变化', en: 'Change in percentage points' },
  milestone: { zh: '节点', en: 'Milestone' },
  qualitative: { zh: '定性', en: 'Qualitative' },
};

/** 确保 hard floor, 力争/争取 stretch, or plain (DOMAIN.md §4); the same ids as src/extract/types.ts Modality. */
export const MODALITY_IDS = ['binding', 'aspirational', 'plain'] as const;
export type Modality = (typeof MODALITY_IDS)[number];

export const MODALITIES: Readonly<Record<Modality, Label>> = {
  binding: { zh: '确保', en: 'Must (floor)' },
  aspirational: { zh: '力争', en: 'Strive for (stretch)' },
  plain: { zh: '一般', en: 'Plain' },
};

/** 属性 of an indicator: 预期性 vs 约束性 (DOMAIN.md §4 last paragraph). */
export const ATTRIBUTE_IDS = ['expected', 'obligatory'] as const;
export type IndicatorAttribute = (typeof ATTRIBUTE_IDS)[number];

export const ATTRIBUTES: Readonly<Record<IndicatorAttribute, Label>> = {
  expected: { zh: '预期性', en: 'Expected (guidance)' },
  obligatory: { zh: '约束性', en: 'Obligatory (binding)' },
};

/**
 * Comparators the tracker judges with (DOMAIN.md §4). Extraction gives `=`, `>=`, `<=`, `~`;
 * `>` (超过, strict) and `range` (X–Y%) are set by a person editing the target.
 */
export const COMPARATOR_IDS = ['=', '>=', '>', '<=', '<', '~', 'range'] as const;
export type Comparator = (typeof COMPARATOR_IDS)[number];

export const COMPARATORS: Readonly<Record<Comparator, Label>> = {
  '=': { zh: '达到', en: 'Reach' },
  '>=': { zh: '以上', en: 'At least' },
  '>': { zh: '超过', en: 'More than' },
  '<=': { zh: '以内', en: 'At most' },
  '<': { zh: '低于', en: 'Less than' },
  '~': { zh: '左右', en: 'About' },
  range: { zh: '区间', en: 'Between' },
};

/** Reporting periods (DOMAIN.md §1.3 cadence, §3.1). */
export const PERIOD_KIND_IDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KIND_IDS)[number];

export const PERIOD_KINDS: Readonly<Record<PeriodKind, Label>> = {
  month: { zh: '月度', en: 'Monthly' },
  quarter: { zh: '季度', en: 'Quarterly' },
  half: { zh: '半年', en: 'Half-yearly' },
  year: { zh: '年度', en: 'Yearly' },
};

/** A 督查 reviewer's judgement of a qualitative task (DOMAIN.md §3.2 "Qualitative"). */
export const VERDICT_IDS = ['done', 'on_schedule', 'lagging', 'not_started'] as const;
export type Verdict = (typeof VERDICT_IDS)[number];

export const VERDICTS: Readonly<Record<Verdict, Label>> = {
  done: { zh: '已完成', en: 'Done' },
  on_schedule: { zh: '序时推进', en: 'On schedule' },
  lagging: { zh: '滞后', en: 'Lagging' },
  not_started: { zh: '未启动', en: 'Not started' },
};

/** Stages of a milestone target: 申报 → 评审/公示 → 获批/命名 (DOMAIN.md §3.2 "Milestone / binary"). */
export const STAGE_IDS = ['none', 'declared', 'reviewed', 'approved'] as const;
export type Stage = (typeof STAGE_IDS)[number];

export const STAGES: Readonly<Record<Stage, Label>> = {
  none: { zh: '未申报', en: 'Not yet applied' },
  declared: { zh: '已申报', en: 'Applied' },
  reviewed: { zh: '评审/公示', en: 'Under review / publicised' },
  approved: { zh: '获批/命名', en: 'Approved / named' },
};
