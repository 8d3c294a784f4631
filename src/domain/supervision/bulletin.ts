// 通报 composition for one period: scope and method, counts by status, the lagging list in the 通报's own
// wording, a ranking of departments, and 下一步要求 (DOMAIN.md §1.4 "通报 wording pattern"; 金寨 counts
// "欠进度17个(7.7%)…", lagging sentences "增长6.1%,低于目标0.9个百分点"; 涪陵 较好 / 不够理想).
import { STATUS, STATUS_IDS, type StatusId } from '../../shared/status';
import { formatNumber } from '../format';
import { parsePeriodId, periodLabel } from '../period';
import { dateZh } from './dates';
import { type RankedDepartment, rankDepartments } from './ranking';

/** One target as the bulletin sees it: the judgement of the period (src/domain/judge) plus names. */
export interface BulletinItem {
  targetId: number;
  /** The indicator in the report's words, e.g. 规模以上工业增加值增长. */
  indicator: string;
  area: string | null;
  departmentId: number | null;
  departmentName: string | null;
  status: StatusId;
  /** The judgement's one-sentence wording, e.g. "累计增长6.1%,低于目标0.9个百分点". */
  sentenceZh: string;
  /** Signed gap (negative = short), used to order the lagging list. */
  gap: number | null;
}

export interface DepartmentReporting {
  departmentId: number;
  name: string;
  /** From departmentDueSummary: share of reports handed in on time; null when none was due. */
  onTimeRate: number | null;
}

export interface BulletinInput {
  /** The issuing office, e.g. 鹤山区人民政府督查室. */
  issuer: string;
  year: number;
  /** Reporting period id: 2024-09, 2024-Q3, 2024-H1, 2024. */
  period: string;
  issuedOn: string;
  /** 文号: prefix (default 督查通报), year and number → 督查通报〔2024〕3号. */
  number: { prefix?: string; year: number; seq: number };
  /** What is supervised; default 《政府工作报告》目标任务. */
  subject?: string;
  items: readonly BulletinItem[];
  reporting: readonly DepartmentReporting[];
  requirements?: readonly string[];
  rankingWeights?: { onTime: number; onTrack: number };
  /** How many departments to name at each end of the ranking (default 3). */
  rankingNamed?: number;
}

export interface StatusCount {
  status: StatusId;
  label: string;
  count: number;
  /** Share of all items, percent. */
  share: number;
}

export interface LaggingLine {
  seq: number;
  targetId: number;
  indicator: string;
  department: string;
  status: StatusId;
  /** "规模以上工业增加值累计增长6.1%,低于目标0.9个百分点". */
  sentence: string;
}

export interface BulletinSection {
  heading: string;
  paragraphs: string[];
  /** Numbered lines after the paragraphs (the lagging list). */
  list: string[];
  /** The table a document puts after the paragraphs (in place of the list when both exist). */
  table: 'counts' | 'lagging' | 'ranking' | null;
}

export interface Bulletin {
  title: string;
  docNumber: string;
  issuer: string;
  issuedOn: string;
  dateZh: string;
  periodLabel: string;
  counts: StatusCount[];
  countsSentence: string;
  lagging: LaggingLine[];
  ranking: RankedDepartment[];
  sections: BulletinSection[];
}

/** The default 下一步要求; the office that follows up is the issuer (a district's, a city's or the State
 * Council's 督查室 as well as a county's). */
export function defaultRequirements(issuer: string): string[] {
  return [
    '各牵头单位要对照年度目标,逐项分析进度滞后原因,制定整改措施,明确完成时限,确保按期完成。',
    `对欠进度、未启动的目标任务,${issuer}将列入重点督查,实行清单化管理、销号式推进。`,
    '各单位要严格按时报送进度,如实反映进展情况、存在的问题和下一步措施。',
  ];
}

const LAGGING: ReadonlySet<StatusId> = new Set(['behind', 'not_started']);

/** 规模以上工业增加值增长 + "累计增长6.1%…" → "规模以上工业增加值累计增长6.1%…" (no doubled verb). */
export function joinIndicator(indicator: string, sentence: string): string {
  const stem = indicator.replace(/(增长|增速|增幅|下降|提高|提升)$/, '');
  const verbAhead = /^(累计|全年)?(增长|下降|提高|提升)/.test(sentence);
  return `${verbAhead ? stem : indicator}${sentence}`;
}

export function countByStatus(items: readonly Pick<BulletinItem, 'status'>[]): StatusCount[] {
  const total = items.length;
  return STATUS_IDS.map((status) => {
    const count = items.filter((i) => i.status === status).length;
    return { status, label: STATUS[status].zh, count, share: total > 0 ? (count / total) * 100 : 0 };
  });
}

/** "纳入督查的42项目标任务中,已完成5项、…、欠进度7项(16.7%)…" (金寨 pattern; the share is given for 欠进度). */
export function countsSentence(counts: readonly StatusCount[]): string {
  const total = counts.reduce((s, c) => s + c.count, 0);
  const parts = counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.label}${c.count}项${LAGGING.has(c.status) ? `(${formatNumber(c.share, 1)}%)` : ''}`);
  return `纳入督查的${total}项目标任务中,${parts.join('、')}。`;
}

function laggingLines(items: readonly BulletinItem[]): LaggingLine[] {
  return items
    .filter((i) => LAGGING.has(i.status))
    .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0) || a.targetId - b.targetId)
    .map((i, n) => ({
      seq: n + 1,
      targetId: i.targetId,
      indicator: i.indicator,
      department: i.departmentName ?? '未明确牵头单位',
      status: i.status,
      sentence: joinIndicator(i.indicator, i.sentenceZh),
    }));
}

/** Whole groups of equal rank from one end, at most `named` units in all: a unit is never named as better or
 * worse than one with the same score. */
function namedEnd(groups: readonly RankedDepartment[][], named: number): RankedDepartment[][] {
  const taken: RankedDepartment[][] = [];
  let count = 0;
  for (const group of groups) {
    if (count + group.length > named) break;
    taken.push(group);
    count += group.length;
  }
  return taken;
}

function rankingParagraph(ranking: readonly RankedDepartment[], named: number): string {
  const ranked = ranking.filter((r) => r.rank !== null);
  if (ranked.length === 0) return '本期暂无可排名的单位。';
  const head = '按进度报送及时率和目标达进度率综合排名';
  const groups: RankedDepartment[][] = [];
  for (const r of ranked) {
    const last = groups.at(-1);
    if (last && last[0]?.rank === r.rank) last.push(r);
    else groups.push([r]);
  }
  if (groups.length === 1) return `${head},各单位综合得分相同。`;
  const top = namedEnd(groups, named);
  const rest = groups.slice(top.length).reverse();
  const bottom = ranked.length > named * 2 ? namedEnd(rest, named).reverse() : [];
  const names = (g: RankedDepartment[][]) =>
    g
      .flat()
      .map((r) => r.name)
      .join('、');
  const parts = [
    ...(top.length > 0 ? [`排名靠前的单位是${names(top)}`] : []),
    ...(bottom.length > 0 ? [`排名靠后的单位是${names(bottom)}`] : []),
  ];
  return parts.length > 0 ? `${head},${parts.join(';')}。` : `${head},得分并列的单位较多,详见下表。`;
}

/** Composes the whole 通报 from judged items and reporting rates. */
export function composeBulletin(input: BulletinInput): Bulletin {
  const period = parsePeriodId(input.period);
  if (!period) throw new RangeError(`报告期无效 (invalid period): ${input.period}`);
  const periodLabelZh = `${period.year}年${periodLabel(period).zh}`;
  const subject = input.subject ?? '《政府工作报告》目标任务';
  const counts = countByStatus(input.items);
  const lagging = laggingLines(input.items);
  const ranking = rankDepartments(input.items, input.reporting, input.rankingWeights);
  const prefix = input.number.prefix ?? '督查通报';
  const sentence = countsSentence(counts);
  const laggingIntro =
    lagging.length > 0
      ? `截至${periodLabelZh},以下${lagging.length}项目标任务进度滞后:`
      : '本期无进度滞后的目标任务。';
  return {
    title: `关于${periodLabelZh}${subject}推进情况的通报`,
    docNumber: `${prefix}〔${input.number.year}〕${input.number.seq}号`,
    issuer: input.issuer,
    issuedOn: input.issuedOn,
    dateZh: dateZh(input.issuedOn),
    periodLabel: periodLabelZh,
    counts,
    countsSentence: sentence,
    lagging,
    ranking,
    sections: [
      {
        heading: '一、总体情况',
        paragraphs: [
          `为推动${subject}落到实处,${input.issuer}通过听取汇报、查阅资料、电话核查、现场核实等方式,对${periodLabelZh}各项目标任务推进情况进行了督查。`,
          sentence,
        ],
        list: [],
        table: 'counts',
      },
      {
        heading: '二、进度滞后的目标任务',
        paragraphs: [laggingIntro],
        list: lagging.map((l) => `${l.seq}. ${l.sentence}(牵头单位:${l.department})。`),
        table: lagging.length > 0 ? 'lagging' : null,
      },
      {
        heading: '三、单位排名',
        paragraphs: [rankingParagraph(ranking, input.rankingNamed ?? 3)],
        list: [],
        table: ranking.some((r) => r.rank !== null) ? 'ranking' : null,
      },
      {
        heading: '四、下一步要求',
        paragraphs: (input.requirements ?? defaultRequirements(input.issuer)).map(
          (r, i) => `${'一二三四五六七八九十'[i] ?? i + 1}是${r}`,
        ),
        list: [],
        table: null,
      },
    ],
  };
}

/** The 通报 as plain text (for a preview or a .txt download): the same content as the .docx without tables. */
export function bulletinAsText(b: Bulletin, addressee = '各有关单位:'): string {
  const lines = [b.issuer, b.docNumber, '', b.title, '', addressee];
  for (const s of b.sections) lines.push(s.heading, ...s.paragraphs, ...s.list);
  lines.push('', b.issuer, b.dateZh);
  return `${lines.join('\n')}\n`;
}
