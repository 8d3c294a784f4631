// The life of a 督办单: issued with a colour and a response deadline, answered by the department, escalated when
// the answer is late, and closed (办结) by the 督查室 — "交必办、办必果、果必报" (DOMAIN.md §1.4).
import { addDays } from './dates';
import {
  type Assessment,
  assessEscalation,
  DEFAULT_ESCALATION_RULES,
  DUBAN_COLOURS,
  type DubanColour,
  type EscalationRules,
  nextColour,
  type SupervisionSituation,
} from './escalation';

export type SheetState = 'open' | 'responded' | 'closed';
export type SheetEvent = 'issued' | 'escalated' | 'responded' | 'returned' | 'closed';

export interface SheetHistoryItem {
  on: string;
  event: SheetEvent;
  colour: DubanColour;
  note: string;
}

export interface DubanSheet {
  /** null until stored. */
  id: number | null;
  /** 文号, e.g. "督办〔2024〕3号"; given by the caller when stored. */
  number: string | null;
  targetId: number;
  departmentId: number | null;
  colour: DubanColour;
  reasonsZh: string[];
  issuedOn: string;
  responseDeadline: string;
  state: SheetState;
  response: { text: string; on: string; by: string } | null;
  closedOn: string | null;
  closedBy: string | null;
  history: SheetHistoryItem[];
}

export type SheetResult = { ok: true; sheet: DubanSheet } | { ok: false; code: string; message: string };

/** Limit on a response or note, in characters (the same order as the progress narrative limit). */
export const SHEET_TEXT_MAX = 4000;

/** "督办〔2024〕3号": the 文号 of a sheet (GB/T 9704 uses 〔〕 around the year). */
export function sheetNumber(year: number, seq: number, prefix = '督办'): string {
  return `${prefix}〔${year}〕${seq}号`;
}

export function issueSheet(
  s: Pick<SupervisionSituation, 'targetId' | 'departmentId'>,
  a: Assessment,
  today: string,
  rules: EscalationRules = DEFAULT_ESCALATION_RULES,
): DubanSheet {
  return {
    id: null,
    number: null,
    targetId: s.targetId,
    departmentId: s.departmentId,
    colour: a.colour,
    reasonsZh: a.reasons.map((r) => r.zh),
    issuedOn: today,
    responseDeadline: addDays(today, rules.responseDays[a.colour]),
    state: 'open',
    response: null,
    closedOn: null,
    closedBy: null,
    history: [{ on: today, event: 'issued', colour: a.colour, note: a.reasons.map((r) => r.zh).join('；') }],
  };
}

function escalate(sheet: DubanSheet, to: DubanColour, why: string, today: string, rules: EscalationRules) {
  return {
    ...sheet,
    colour: to,
    state: 'open' as const,
    responseDeadline: addDays(today, rules.responseDays[to]),
    reasonsZh: [...sheet.reasonsZh, why],
    history: [...sheet.history, { on: today, event: 'escalated' as const, colour: to, note: why }],
  };
}

export interface SheetReview {
  /** New sheets to store (id null), worst first. */
  issue: DubanSheet[];
  /** Open sheets whose colour went up, with the colour before. */
  escalate: Array<{ sheet: DubanSheet; from: DubanColour }>;
  /** Targets that deserve a sheet but wait for a later day (the day's bounds were reached), worst first. */
  deferred: number[];
}

interface Candidate {
  s: SupervisionSituation;
  a: Assessment;
}

/** Worst first: colour, then days a report is overdue, then lag; the situations' order breaks ties. */
function worseFirst(x: Candidate, y: Candidate): number {
  return (
    DUBAN_COLOURS[y.a.colour].level - DUBAN_COLOURS[x.a.colour].level ||
    y.s.reportOverdueDays - x.s.reportOverdueDays ||
    (y.s.lag ?? 0) - (x.s.lag ?? 0)
  );
}

/**
 * The day's bounds (duban, docs/supervision.md): at most `maxNewSheetsPerDay` new sheets per plan and
 * `maxNewSheetsPerDepartmentPerDay` per department, counting the sheets already issued today, so running the
 * review again the same day adds nothing once a bound is reached. The worst go first; the rest are deferred.
 */
function bound(
  candidates: Candidate[],
  sheets: readonly DubanSheet[],
  today: string,
  rules: EscalationRules,
) {
  const issuedToday = sheets.filter((s) => s.issuedOn === today);
  let left = rules.maxNewSheetsPerDay - issuedToday.length;
  const perDepartment = new Map<number | null, number>();
  for (const s of issuedToday)
    perDepartment.set(s.departmentId, (perDepartment.get(s.departmentId) ?? 0) + 1);
  const issue: Candidate[] = [];
  const deferred: number[] = [];
  for (const c of [...candidates].sort(worseFirst)) {
    const mine = perDepartment.get(c.s.departmentId) ?? 0;
    if (left <= 0 || mine >= rules.maxNewSheetsPerDepartmentPerDay) {
      deferred.push(c.s.targetId);
      continue;
    }
    issue.push(c);
    left--;
    perDepartment.set(c.s.departmentId, mine + 1);
  }
  return { issue, deferred };
}

/**
 * The daily review: issue a sheet for each target that deserves one and has none open (never a second while one
 * is open, DB-enforced too), within the day's bounds; raise an open sheet when the target got worse; raise an
 * open sheet one colour when its response is late (三明 蓝 → 橙 → 红). `sheets` are the plan's sheets that are not
 * closed plus those issued today (closed ones count only towards today's bounds).
 */
export function reviewSheets(
  situations: readonly SupervisionSituation[],
  sheets: readonly DubanSheet[],
  today: string,
  rules: EscalationRules = DEFAULT_ESCALATION_RULES,
): SheetReview {
  const open = new Map(sheets.filter((s) => s.state !== 'closed').map((s) => [s.targetId, s]));
  const review: SheetReview = { issue: [], escalate: [], deferred: [] };
  const handled = new Set<number>();
  const candidates = new Map<number, Candidate>();
  for (const s of situations) {
    const a = assessEscalation(s, rules, today);
    const sheet = open.get(s.targetId);
    if (!a) continue;
    if (!sheet) {
      if (!candidates.has(s.targetId)) candidates.set(s.targetId, { s, a });
      continue;
    }
    if (DUBAN_COLOURS[a.colour].level > DUBAN_COLOURS[sheet.colour].level) {
      const why = `升级为${DUBAN_COLOURS[a.colour].zh}：${a.reasons.map((r) => r.zh).join('；')}`;
      review.escalate.push({ sheet: escalate(sheet, a.colour, why, today, rules), from: sheet.colour });
      handled.add(sheet.targetId);
    }
  }
  const bounded = bound([...candidates.values()], sheets, today, rules);
  review.issue = bounded.issue.map(({ s, a }) => issueSheet(s, a, today, rules));
  review.deferred = bounded.deferred;
  if (!rules.escalateWithoutResponse) return review;
  for (const sheet of open.values()) {
    const late = sheet.state === 'open' && today > sheet.responseDeadline && sheet.colour !== 'red';
    if (!late || handled.has(sheet.targetId)) continue;
    const to = nextColour(sheet.colour);
    const why = `逾期未反馈，升级为${DUBAN_COLOURS[to].zh}`;
    review.escalate.push({ sheet: escalate(sheet, to, why, today, rules), from: sheet.colour });
  }
  return review;
}

function checkText(text: string, what: string): SheetResult | null {
  const t = text.trim();
  if (t.length === 0) return { ok: false, code: 'TEXT_REQUIRED', message: `${what}不能为空` };
  if (t.length > SHEET_TEXT_MAX) {
    return { ok: false, code: 'TEXT_TOO_LONG', message: `${what}不能超过${SHEET_TEXT_MAX}字` };
  }
  return null;
}

/** The department's answer (整改情况). */
export function respondToSheet(sheet: DubanSheet, text: string, by: string, today: string): SheetResult {
  if (sheet.state === 'closed')
    return { ok: false, code: 'SHEET_CLOSED', message: '督办单已办结，不能再反馈' };
  const bad = checkText(text, '反馈内容');
  if (bad) return bad;
  const response = { text: text.trim(), on: today, by };
  const item = { on: today, event: 'responded' as const, colour: sheet.colour, note: response.text };
  return { ok: true, sheet: { ...sheet, state: 'responded', response, history: [...sheet.history, item] } };
}

/** The 督查室 finds the answer insufficient: the sheet is open again with a new deadline. */
export function returnResponse(
  sheet: DubanSheet,
  reason: string,
  today: string,
  rules: EscalationRules = DEFAULT_ESCALATION_RULES,
): SheetResult {
  if (sheet.state !== 'responded') {
    return { ok: false, code: 'SHEET_NOT_RESPONDED', message: '只有已反馈的督办单可以退回' };
  }
  const bad = checkText(reason, '退回理由');
  if (bad) return bad;
  const item = { on: today, event: 'returned' as const, colour: sheet.colour, note: reason.trim() };
  const responseDeadline = addDays(today, rules.responseDays[sheet.colour]);
  return {
    ok: true,
    sheet: { ...sheet, state: 'open', responseDeadline, history: [...sheet.history, item] },
  };
}

/** 办结 by the 督查室; without a response only when `force` (e.g. the target was completed). */
export function closeSheet(
  sheet: DubanSheet,
  by: string,
  today: string,
  note: string,
  force = false,
): SheetResult {
  if (sheet.state === 'closed') return { ok: false, code: 'SHEET_CLOSED', message: '督办单已办结' };
  if (sheet.state !== 'responded' && !force) {
    return { ok: false, code: 'SHEET_NOT_RESPONDED', message: '责任单位尚未反馈，不能办结' };
  }
  const item = { on: today, event: 'closed' as const, colour: sheet.colour, note: note.trim() || '办结' };
  return {
    ok: true,
    sheet: { ...sheet, state: 'closed', closedOn: today, closedBy: by, history: [...sheet.history, item] },
  };
}
