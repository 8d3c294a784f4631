// The reporting calendar and open 督办单 as all-day iCalendar events (docs/supervision.md "Calendar export"):
// one event per period due under the plan's rule, a target with its own rule (override, DOMAIN.md §1.3) as an
// event of its own when its period or due day differs, and the open sheets by response deadline (a department's
// own, or on the plan-wide calendar every department's, each naming its department).
import { parsePeriodId, periodLabel } from '../period';
import { type CalendarEntry, dueDateOf, type ReportingRule } from './calendar';
import { dateZh } from './dates';
import { DUBAN_COLOURS, type DubanColour } from './escalation';
import type { IcsEvent } from './ics';

/** The fixed right-hand side of every UID (RFC 5545 §3.8.4.7); a reserved name (RFC 2606), so no clash. */
export const ICS_UID_DOMAIN = 'duban.invalid';

export type IcsLang = 'zh' | 'en';

export interface IcsSheet {
  id: number;
  number: string | null;
  targetId: number;
  /** The department the sheet is addressed to (null: the target has no lead unit). */
  departmentId: number | null;
  colour: DubanColour;
  reasonsZh: readonly string[];
  responseDeadline: string;
}

export interface ReportingIcsInput {
  planId: number;
  planTitle: string;
  /** The plan's own rule: entries it produces are the common due dates. */
  rule: ReportingRule;
  /** The plan's calendar, already narrowed to the department when there is one. */
  entries: readonly CalendarEntry[];
  department: { id: number; name: string } | null;
  targetName: (targetId: number) => string;
  departmentName: (departmentId: number | null) => string;
  /** The open sheets: the department's, or for the plan-wide calendar every department's. */
  sheets: readonly IcsSheet[];
  lang: IcsLang;
}

const COLOUR_EN: Readonly<Record<DubanColour, string>> = {
  blue: 'blue sheet',
  yellow: 'yellow sheet',
  red: 'red sheet',
};

function label(period: string, lang: IcsLang): string {
  const p = parsePeriodId(period);
  return p ? periodLabel(p)[lang] : period;
}

function isCommon(e: CalendarEntry, rule: ReportingRule): boolean {
  const p = parsePeriodId(e.period);
  return p !== null && p.kind === rule.cadence && dueDateOf(p, rule) === e.dueDate;
}

/** "名称:值" in Chinese (as in the 通报), "Name: value" in English. */
function field(lang: IcsLang, zh: string, en: string, value: string): string {
  return (lang === 'zh' ? `${zh}:${value}` : `${en}: ${value}`).trimEnd();
}

function aside(lang: IcsLang, text: string): string {
  return lang === 'zh' ? `(${text})` : ` (${text})`;
}

function uid(parts: ReadonlyArray<string | number>): string {
  return `duban-${parts.join('-')}@${ICS_UID_DOMAIN}`;
}

function unitName(input: ReportingIcsInput, departmentId: number | null): string {
  return input.departmentName(departmentId) || (input.lang === 'zh' ? '未分配' : 'unassigned');
}

/** Per department, how many targets: "市发改局 5项" (plan-wide events). */
function perDepartment(input: ReportingIcsInput, group: readonly CalendarEntry[]): string[] {
  const counts = new Map<number | null, number>();
  for (const e of group) counts.set(e.departmentId, (counts.get(e.departmentId) ?? 0) + 1);
  return [...counts].map(([d, n]) => {
    const name = unitName(input, d);
    return input.lang === 'zh' ? `${name} ${n}项` : `${name}: ${n}`;
  });
}

function reportEvent(input: ReportingIcsInput, group: readonly CalendarEntry[], own: boolean): IcsEvent {
  const { lang, department, planId } = input;
  const first = group[0]!;
  const zh = lang === 'zh';
  const what = field(lang, '报送截止', 'Report due', `${label(first.period, lang)}${zh ? '进展' : ''}`);
  const who = own
    ? input.targetName(first.targetId)
    : department
      ? department.name
      : zh
        ? `${new Set(group.map((e) => e.departmentId)).size}个单位、${group.length}项目标`
        : `${group.length} targets`;
  const items = department || own ? group.map((e) => `· ${input.targetName(e.targetId)}`) : [];
  const lines = [
    field(lang, '计划', 'Plan', input.planTitle),
    field(lang, '报告期', 'Period', `${label(first.period, lang)}${aside(lang, first.period)}`),
    field(lang, '截止日期', 'Due', zh ? dateZh(first.dueDate) : first.dueDate),
    ...(own && !department
      ? [field(lang, '牵头单位', 'Lead', input.departmentName(first.departmentId))]
      : []),
    ...(department ? [field(lang, '单位', 'Department', department.name)] : []),
    ...(items.length > 0
      ? [field(lang, `目标(${group.length}项)`, `Targets (${group.length})`, ''), ...items]
      : []),
    ...(department || own ? [] : perDepartment(input, group)),
  ];
  const id = own
    ? [`plan${planId}`, first.period, `target${first.targetId}`]
    : [`plan${planId}`, first.period];
  return {
    uid: uid(department ? [...id, `dept${department.id}`] : id),
    date: first.dueDate,
    summary: `${what}${aside(lang, who)}`,
    description: lines.join('\n'),
    categories: [zh ? '报送截止' : 'Report due'],
  };
}

function sheetEvent(input: ReportingIcsInput, s: IcsSheet): IcsEvent {
  const zh = input.lang === 'zh';
  const name = input.targetName(s.targetId);
  const number = s.number ?? `#${s.id}`;
  const lang = input.lang;
  // The plan-wide calendar mixes departments: each sheet says whose response is due.
  const unit = input.department ? input.department.name : unitName(input, s.departmentId);
  const lines = [
    field(
      lang,
      '督办单',
      'Sheet',
      `${number}${aside(lang, zh ? DUBAN_COLOURS[s.colour].zh : COLOUR_EN[s.colour])}`,
    ),
    field(lang, '目标', 'Target', name),
    field(lang, '回复截止', 'Response due', zh ? dateZh(s.responseDeadline) : s.responseDeadline),
    field(lang, '单位', 'Department', unit),
    ...s.reasonsZh.map((r) => `· ${r}`),
  ];
  const about = input.department ? name : `${unit}${zh ? ':' : ': '}${name}`;
  return {
    uid: uid([`plan${input.planId}`, `sheet${s.id}`]),
    date: s.responseDeadline,
    summary: `${field(lang, '督办单回复截止', 'Sheet response due', number)}${aside(lang, about)}`,
    description: lines.join('\n'),
    categories: [zh ? '督办单' : 'Supervision sheet'],
  };
}

/** Every event of the calendar, by date then UID. */
export function reportingIcsEvents(input: ReportingIcsInput): IcsEvent[] {
  const common = new Map<string, CalendarEntry[]>();
  const events: IcsEvent[] = [];
  for (const e of input.entries) {
    if (isCommon(e, input.rule)) {
      const group = common.get(e.period);
      if (group) group.push(e);
      else common.set(e.period, [e]);
    } else {
      events.push(reportEvent(input, [e], true));
    }
  }
  for (const group of common.values()) events.push(reportEvent(input, group, false));
  for (const s of input.sheets) events.push(sheetEvent(input, s));
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
