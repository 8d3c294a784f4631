// Year-end review text from approved figures, in the style of the next report's 回顾: "全年签约亿元以上项目40个,
// 为年度计划的126%", grouped by area, 预计 where the figure is an estimate (the 人代会 meets before final
// statistics exist), opening with "较好完成了…确定的目标任务" (DOMAIN.md §1.6), plus a plan-versus-actual table
// (宿州 完成情况表, §1.6).
import type { Comparator, StatusId, TargetType } from '../../shared/status';
import { formatNumber } from '../format';
import { parseUnit } from '../units';

export interface ReviewItem {
  targetId: number;
  indicator: string;
  area: string | null;
  type: TargetType;
  comparator: Comparator;
  unit: string;
  /** Planned value; null for targets without a number. */
  target: number | null;
  /** The approved full-year figure (for growth: the 同比 %); null when none was approved. */
  actual: number | null;
  /** 预计: an estimate, not the final statistic. */
  estimate: boolean;
  /** A fall target (能耗下降3%): values are falls, as written. */
  decrease?: boolean;
  /** The year-end judgement's status, when judged (src/domain/judge); otherwise met is computed here. */
  status?: StatusId;
  /** Whether any progress was approved for it during the year (default: a full-year figure exists). A target
   *  nobody reported on is neither met nor progressing: the review says plainly that nothing was reported. */
  reported?: boolean;
  /** The latest approved figure of part of the year (1–10月) when no full-year one was approved: said in the table
   *  (截至10月 96个 (未报全年)) so the target does not look unreported; it is never judged met or not. */
  partial?: { month: number; value: number };
}

export interface ReviewInput {
  year: number;
  /** e.g. 区十二届人大五次会议 → "较好完成了区十二届人大五次会议确定的目标任务". */
  sessionName?: string;
  items: readonly ReviewItem[];
  /** Share of numeric targets met from which the opening says 较好完成 (default 0.8). */
  goodShare?: number;
}

export interface ReviewTableRow {
  seq: number;
  area: string;
  indicator: string;
  /** "32个以上", "7.5%左右". */
  planText: string;
  /** "40个", "预计7.8%", "截至10月 96个 (未报全年)", "—". */
  actualText: string;
  /** "126%" for amounts, "+0.3个百分点" for rates, "未报送进展" when nothing was reported, "" otherwise. */
  resultText: string;
  met: boolean | null;
  estimate: boolean;
}

export interface ReviewArea {
  title: string;
  sentences: string[];
  paragraph: string;
}

export interface ReviewText {
  opening: string;
  areas: ReviewArea[];
  table: ReviewTableRow[];
  /** Quantified targets judged (met or not); those nobody reported on are not among them. */
  numeric: number;
  met: number;
  /** Quantified targets with no progress reported in the year. */
  unreported: number;
}

const n = (x: number) => formatNumber(x, 2);
const VERB_END = /(增长|增速|增幅|下降|提高|提升|降低)$/;

const COMPARATOR_SUFFIX: Partial<Record<Comparator, string>> = { '>=': '以上', '<=': '以内', '~': '左右' };

function planText(i: ReviewItem): string {
  if (i.target === null) return '—';
  if (i.comparator === '>') return `超过${n(i.target)}${i.unit}`;
  if (i.comparator === '<') return `低于${n(i.target)}${i.unit}`;
  return `${n(i.target)}${i.unit}${COMPARATOR_SUFFIX[i.comparator] ?? ''}`;
}

function isRate(i: ReviewItem): boolean {
  const dim = parseUnit(i.unit)?.dimension;
  return i.type === 'growth' || i.type === 'rate_change' || dim === 'percent' || dim === 'points';
}

/** Additive amounts and counts get "为年度计划的X%"; rates, ranks and levels do not. */
function isAdditive(i: ReviewItem): boolean {
  const dim = parseUnit(i.unit)?.dimension;
  return (
    (i.type === 'count' || i.type === 'level') &&
    dim !== undefined &&
    !['percent', 'points', 'rank'].includes(dim)
  );
}

function lowerIsBetter(i: ReviewItem): boolean {
  return i.comparator === '<=' || i.comparator === '<' || (i.type === 'rank' && i.comparator !== '>=');
}

const isReported = (i: ReviewItem) => i.reported ?? i.actual !== null;

/** Met or not, from the judgement's status or else from the comparator (以上 includes the number, DOMAIN.md §4);
 *  null (not judged) when nothing was reported, whatever status a judgement without data gave. */
export function isMet(i: ReviewItem): boolean | null {
  if (!isReported(i)) return null;
  if (i.status === 'completed' || i.status === 'ahead' || i.status === 'on_track') return true;
  if (i.status === 'behind' || i.status === 'not_started') return false;
  if (i.actual === null || i.target === null) return null;
  if (i.comparator === '>') return i.actual > i.target;
  if (i.comparator === '<') return i.actual < i.target;
  return lowerIsBetter(i) ? i.actual <= i.target : i.actual >= i.target;
}

function rateSentence(i: ReviewItem, actual: number): string {
  const pointsUnit = i.type === 'rate_change' || parseUnit(i.unit)?.dimension === 'points';
  const unit = pointsUnit ? '个百分点' : '%';
  if (i.type !== 'growth' && i.type !== 'rate_change') {
    const verb = VERB_END.test(i.indicator) ? '' : lowerIsBetter(i) ? '控制在' : '达到';
    return `${i.indicator}${verb}${n(actual)}${unit}`;
  }
  const stem = i.indicator.replace(VERB_END, '');
  const fall = i.decrease ? actual >= 0 : actual < 0;
  const verb = fall ? '下降' : i.type === 'rate_change' ? '提高' : '增长';
  return `${stem}${verb}${n(Math.abs(actual))}${unit}`;
}

function compareToTarget(i: ReviewItem, actual: number): string {
  if (i.target === null) return '';
  const diff = actual - i.target;
  const d = n(Math.abs(diff));
  if (d === '0') return ',与年度目标持平';
  const side = diff > 0 ? '高于' : '低于';
  if (i.decrease) return `,降幅${side}年度目标${d}个百分点`;
  if (lowerIsBetter(i)) return `,${side}控制目标${d}个百分点`;
  return `,${side}年度目标${d}个百分点`;
}

/** One report-style sentence, or null when there is no approved figure to state. */
export function reviewSentence(i: ReviewItem): string | null {
  if (i.actual === null) return null;
  const lead = i.estimate ? '预计全年' : '全年';
  if (i.type === 'rank') return `${lead}${i.indicator}居第${n(i.actual)}位`;
  if (isRate(i)) {
    const cmp = i.type === 'growth' || i.type === 'rate_change' ? compareToTarget(i, i.actual) : '';
    return `${lead}${rateSentence(i, i.actual)}${cmp}`;
  }
  const head = `${lead}${i.indicator}${n(i.actual)}${i.unit}`;
  if (!isAdditive(i) || !i.target) return head;
  return `${head},为年度计划的${formatNumber((i.actual / i.target) * 100, 1)}%`;
}

/** What the table and the opening say of a target nobody reported on. */
export const UNREPORTED_ZH = '未报送进展';

/** What the table says of a part-year figure with no full-year one (DOMAIN.md §1.6 judges the full year only). */
export const PARTIAL_ZH = '未报全年';

function resultText(i: ReviewItem): string {
  if (!isReported(i)) return UNREPORTED_ZH;
  // Part of the year only: the share of the plan so far for an amount, no judgement.
  if (i.actual === null && i.partial && i.target !== null) {
    if (isAdditive(i) && i.target !== 0)
      return `截至${i.partial.month}月 ${formatNumber((i.partial.value / i.target) * 100, 1)}%`;
    return PARTIAL_ZH;
  }
  if (i.actual === null || i.target === null) return '';
  if (isAdditive(i) && i.target !== 0) return `${formatNumber((i.actual / i.target) * 100, 1)}%`;
  if (isRate(i)) {
    const diff = i.actual - i.target;
    return `${diff > 0 ? '+' : diff < 0 ? '-' : ''}${n(Math.abs(diff))}个百分点`;
  }
  return '';
}

function opening(
  input: ReviewInput,
  numeric: number,
  met: number,
  unreported: number,
  estimated: boolean,
  quantified: number,
): string {
  const what = input.sessionName ? `${input.sessionName}确定的目标任务` : '年初确定的目标任务';
  // Nothing reported at all: no verdict on the year, said plainly (never 稳步推进).
  if (numeric === 0 && unreported > 0 && unreported === quantified)
    return `${input.year}年,${what}中${unreported}项量化指标均未报送进展,无法评价完成情况。`;
  // Some reported during the year but none has a full-year figure: still no verdict, and not 均未报送.
  if (numeric === 0 && unreported > 0)
    return `${input.year}年,${what}中${quantified}项量化指标尚无全年完成数据,无法评价完成情况;其中${unreported}项未报送进展。`;
  const share = numeric > 0 ? met / numeric : 0;
  const good = numeric > 0 && share >= (input.goodShare ?? 0.8);
  const head = good ? `${input.year}年,较好完成了${what}` : `${input.year}年,${what}稳步推进`;
  const tail =
    numeric > 0 ? `,${numeric}项量化指标中${met}项完成或超额完成${estimated ? '(部分为预计数)' : ''}` : '';
  const missing = unreported > 0 ? `;另有${unreported}项量化指标未报送进展` : '';
  return `${head}${tail}${missing}。`;
}

/** The review: an opening, one paragraph per area (in first-seen order), and the plan-versus-actual table. */
export function composeReview(input: ReviewInput): ReviewText {
  const areas = new Map<string, ReviewArea>();
  const table: ReviewTableRow[] = [];
  let numeric = 0;
  let metCount = 0;
  let unreported = 0;
  let quantified = 0;
  for (const i of input.items) {
    const title = i.area ?? '其他';
    let area = areas.get(title);
    if (!area) {
      area = { title, sentences: [], paragraph: '' };
      areas.set(title, area);
    }
    const sentence = reviewSentence(i);
    if (sentence) area.sentences.push(sentence);
    const met = isMet(i);
    if (i.target !== null && met !== null) {
      numeric++;
      if (met) metCount++;
    }
    if (i.target !== null && !isReported(i)) unreported++;
    if (i.target !== null) quantified++;
    const shownUnit = i.type === 'growth' ? '%' : i.type === 'rate_change' ? '个百分点' : i.unit;
    const actualText =
      i.actual !== null
        ? `${i.estimate ? '预计' : ''}${n(i.actual)}${shownUnit}`
        : i.partial
          ? `截至${i.partial.month}月 ${n(i.partial.value)}${shownUnit} (${PARTIAL_ZH})`
          : '—';
    table.push({
      seq: table.length + 1,
      area: title,
      indicator: i.indicator,
      planText: planText(i),
      actualText,
      resultText: resultText(i),
      met,
      estimate: i.estimate,
    });
  }
  const list = [...areas.values()].filter((a) => a.sentences.length > 0);
  for (const a of list) a.paragraph = `${a.sentences.join(';')}。`;
  const estimated = input.items.some((i) => i.estimate && i.actual !== null);
  return {
    opening: opening(input, numeric, metCount, unreported, estimated, quantified),
    areas: list,
    table,
    numeric,
    met: metCount,
    unreported,
  };
}

const ORDINALS = '一二三四五六七八九十';

/** The review as plain text: title, opening and one "(一)标题" paragraph per area. */
export function reviewAsText(review: ReviewText, title: string): string {
  const areas = review.areas.map((a, i) => `(${ORDINALS[i] ?? i + 1})${a.title}\n${a.paragraph}`);
  return `${[title, '', review.opening, ...areas].join('\n')}\n`;
}
