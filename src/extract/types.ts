// The extraction contract: what `duban extract --json` prints and what storage imports.
// Offsets are UTF-16 indices (JavaScript string indices) into the ORIGINAL input text, as
// ../shared/gold/README.md and score-extraction.mjs expect.

/** `=` plain; `>=` floor (以上/不少于/突破); `<=` ceiling (以内/控制在) and ranks; `~` 左右/约. */
export type Comparator = '=' | '>=' | '<=' | '~';

export type StatementKind = 'target' | 'actual';

/** How the tracker will judge a target (DOMAIN.md §3.2). */
export type TargetType =
  | 'growth' // 增长7.5%: compared with cumulative 同比
  | 'level' // an amount or level: 营收100亿元, 失业率5.4%
  | 'count' // 项目32个, 企业2家
  | 'share' // 占比, 覆盖率, 达到75%
  | 'rank' // 前三, 第2位
  | 'rate_change' // 下降0.5个百分点
  | 'milestone' // 争创…示范区, 完成…建设
  | 'qualitative'; // 持续推进, 保持平稳增长

/** 确保 hard floor, 力争/争取 stretch, or plain. */
export type Modality = 'binding' | 'aspirational' | 'plain';

export interface Statement {
  kind: StatementKind;
  start: number;
  end: number;
  /** The clause as it stands in the original text (may contain damaged line breaks). */
  span: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  ratio_to_plan?: number;
  yoy_pct?: number;
  /** The comparator of yoy_pct when it is not a plain number (增长20%以上 → `>=`). */
  yoy_comparator?: Comparator;
  optional?: boolean;
  estimate?: boolean;
  aspirational?: boolean;
  binding?: boolean;
  streak_years?: number;
  /** A multi-year target or result, e.g. "2021-2025" or "十四五". */
  period?: string;
}

export interface TargetStatement extends Statement {
  kind: 'target';
  modality: Modality;
  type: TargetType;
}

export interface ActualStatement extends Statement {
  kind: 'actual';
}

/** A target without a number (进出口总值保持平稳增长): kept so the plan is complete, not scored. */
export interface QualitativeTarget {
  kind: 'qualitative';
  start: number;
  end: number;
  span: string;
  indicator: string;
  modality: Modality;
  type: 'qualitative' | 'milestone';
}

export interface Section {
  /** 'part' = 一、…; 'area' = (一)…; */
  level: 'part' | 'area';
  /** The ordinal as written: 一, 二, (三) → '一', '二', '三'. */
  ordinal: string;
  title: string;
  start: number;
  end: number;
  /** What the part is about, when it can be told. */
  role?: 'review' | 'plan' | 'targets' | 'self' | 'other';
}

export interface Task {
  /** The lead phrase of a paragraph, e.g. 打好招商引资“主动战”. */
  title: string;
  /** The paragraph's offsets (title included). */
  start: number;
  end: number;
  /** Index into structure.sections of the area (or part) this task sits in; -1 if none. */
  section: number;
}

export interface Structure {
  title?: string;
  /** The year reviewed (上年) and the year planned. */
  reviewYear?: number;
  planYear?: number;
  sections: Section[];
  tasks: Task[];
  /** The 主要预期目标 paragraph, if found. */
  mainTargets?: { start: number; end: number };
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface ExtractionResult {
  targets: TargetStatement[];
  actuals: ActualStatement[];
  qualitative: QualitativeTarget[];
  structure: Structure;
  warnings: Warning[];
}
