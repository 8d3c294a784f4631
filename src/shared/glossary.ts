// 中文术语 → identifier: the names the code uses for the terms of DOMAIN.md (STYLE.md habit 12).
// Each entry cites the DOMAIN.md section that defines the term.

export interface GlossaryEntry {
  /** The identifier used in code (a type, field, function or enum value). */
  id: string;
  en: string;
  /** DOMAIN.md section. */
  source: string;
}

export const GLOSSARY: Readonly<Record<string, GlossaryEntry>> = {
  政府工作报告: { id: 'Report', en: 'government work report', source: '§1.1' },
  分解表: { id: 'Plan', en: 'decomposition table', source: '§0, §1.2' },
  工作任务: { id: 'Task', en: 'task', source: '§1.2' },
  目标: { id: 'Target', en: 'target', source: '§6' },
  牵头单位: { id: 'lead', en: 'lead unit', source: '§1.2' },
  配合单位: { id: 'cooperating', en: 'co-operating units', source: '§1.2' },
  牵头领导: { id: 'leadLeader', en: 'lead leader', source: '§1.2' },
  完成时限: { id: 'deadline', en: 'deadline', source: '§1.2' },
  工作部门: { id: 'Department', en: 'government department', source: '§2' },
  各乡镇: { id: 'townships', en: 'townships and subdistricts', source: '§2' },
  序时进度: { id: 'timeProgress', en: 'time progress (months elapsed ÷ 12)', source: '§0, §3.2' },
  节点: { id: 'milestones', en: 'node dates with planned progress', source: '§1.2, §3.2' },
  完成率: { id: 'completion', en: 'completion rate (actual ÷ target)', source: '§3.2' },
  累计: { id: 'cumulative', en: 'year to date', source: '§3.1' },
  同比: { id: 'yoy', en: 'year on year', source: '§3.1' },
  增速: { id: 'growth', en: 'growth rate', source: '§3.1' },
  百分点: { id: 'percentagePoint', en: 'percentage point', source: '§3.1' },
  报告期: { id: 'Period', en: 'reporting period', source: '§1.3, §6' },
  '1–2月': { id: "{ kind: 'month', index: 2 }", en: 'January–February, published combined', source: '§3.1' },
  已完成: { id: 'completed', en: 'completed', source: '§3.2' },
  超进度: { id: 'ahead', en: 'ahead of schedule', source: '§1.4, §3.2' },
  达进度: { id: 'on_track', en: 'on track', source: '§3.2' },
  欠进度: { id: 'behind', en: 'behind schedule', source: '§3.2' },
  未启动: { id: 'not_started', en: 'not started', source: '§3.2' },
  无数据: { id: 'no_data', en: 'no data', source: '(duban)' },
  亮灯: { id: 'colour', en: 'traffic light', source: '§3.3' },
  规则: { id: 'RuleSet', en: 'rule set per region', source: '§3.3, §6' },
  双过半: { id: 'doubleHalf', en: 'half the time, half the task (mid-year check)', source: '§3.3' },
  以上: { id: "'>='", en: 'at least (includes the number)', source: '§4' },
  超过: { id: "'>'", en: 'more than (strict)', source: '§4' },
  以内: { id: "'<='", en: 'at most', source: '§4' },
  左右: { id: "'~'", en: 'about (with a tolerance)', source: '§4' },
  区间: { id: "'range'", en: 'between X and Y', source: '§4' },
  确保: { id: 'floor', en: 'must: a hard floor', source: '§4' },
  力争: { id: 'stretch', en: 'strive for: a stretch target', source: '§4' },
  预期性: { id: 'expected', en: 'expected (guidance) indicator', source: '§4' },
  约束性: { id: 'obligatory', en: 'obligatory (binding) indicator', source: '§4' },
  前列: { id: 'rankWithin', en: 'rank ≤ N (N configured per target)', source: '§3.2, §4' },
  申报: { id: 'declared', en: 'applied', source: '§3.2' },
  评审: { id: 'reviewed', en: 'under review', source: '§3.2' },
  获批: { id: 'approved', en: 'approved', source: '§3.2' },
  佐证: { id: 'evidence', en: 'evidence', source: '§3.2' },
  序时推进: { id: 'on_schedule', en: 'on schedule (reviewer verdict)', source: '§3.2' },
  滞后: { id: 'lagging', en: 'lagging (reviewer verdict)', source: '§3.2' },
  通报: { id: 'Bulletin', en: 'published bulletin', source: '§1.4, §6' },
  督办单: { id: 'DuBan', en: 'supervision order', source: '§1.4, §6' },
  销号: { id: 'closed', en: 'closing a finished row', source: '§1.3' },
  单位: { id: 'unit', en: 'unit of measure', source: '§3' },
};
