// The inline assignment form: some counties write the responsible units in brackets after each task instead of
// a table, e.g. "规模以上工业增加值增长11.5%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)"
// (DOMAIN.md §1.2 "Inline format"). This module finds such brackets, parses their fields and returns the task
// text without them. Pure: text in, data out.

/** The fields a bracket can carry (DOMAIN.md §1.2 column set and its variants). */
export type AssignmentField = 'lead' | 'responsible' | 'cooperating' | 'leader' | 'deadline';

export interface InlineAssignment {
  /** Offsets of the bracket (brackets included) in the text given. */
  start: number;
  end: number;
  /** The lead unit: the 牵头单位, or else the unit listed first (DOMAIN.md §1.2 "the unit listed first is the lead"). */
  leadUnit: string | null;
  /** True when a 牵头 label (or "X牵头") names the lead; false when it is only the first unit listed. */
  leadExplicit: boolean;
  /** Every other unit, in the order written (责任/配合/协同/参与). */
  cooperatingUnits: string[];
  /** 牵头领导 / 责任领导 / 分管领导, in the order written. */
  leaders: string[];
  /** 完成时限 as written, e.g. "2024年6月底前". */
  deadlineText: string | null;
  /** True when the closing bracket is missing and the field list ran to the end of the line. */
  unclosed: boolean;
}

export interface StrippedTask {
  /** The task text with every assignment bracket removed. */
  task: string;
  /** The brackets' fields merged (lead from the first bracket that names one); null when there is none. */
  assignment: InlineAssignment | null;
}

interface LabelDef {
  field: AssignmentField;
  pattern: string;
}

// Label variants seen in 分解方案 (DOMAIN.md §1.2 table: 牵头单位 / 牵头责任单位 / 主办单位; 配合单位 / 责任单位 /
// 协同责任单位 / 参与单位; 牵头领导 / 牵头县领导 / 责任领导; 完成时限).
const LABELS: LabelDef[] = [
  { field: 'leader', pattern: '(?:牵头|责任|分管|包保|联系)[县区市省乡镇]?(?:级)?领导' },
  { field: 'lead', pattern: '牵头(?:责任)?(?:单位|部门)|主办(?:单位|部门)|主责(?:单位|部门)|牵头' },
  { field: 'cooperating', pattern: '(?:配合|协同责任|协同|参与|协办|协助|共同责任)(?:单位|部门)' },
  { field: 'responsible', pattern: '责任(?:单位|部门|主体)' },
  { field: 'deadline', pattern: '完成(?:时限|时间)|时间节点|时限要求|时限' },
];

const COLON = '\\s*[:：]\\s*';
const LABEL_RE = new RegExp(LABELS.map((l) => `(${l.pattern})${COLON}`).join('|'), 'g');
/** "县发改局牵头" / "各镇配合": the suffix form, one clause per field. */
const SUFFIX_RE = /^(.+?)(牵头|负责|主办|配合|协办|参与|协助)$/;
const SUFFIX_FIELD: Record<string, AssignmentField> = {
  牵头: 'lead',
  负责: 'lead',
  主办: 'lead',
  配合: 'cooperating',
  协办: 'cooperating',
  参与: 'cooperating',
  协助: 'cooperating',
};

/** The suffix form must name units, not people or slogans ("(全民参与)" is not an assignment). */
const UNIT_LIKE =
  /^各|(?:局|委|办|室|府|区|县|市|镇|乡|街道|中心|公司|集团|院|会|队|所|部|厅|处|站|行|社|馆)$/;

const OPEN = new Set(['(', '（', '【', '〔', '[']);
const CLOSE = new Set([')', '）', '】', '〕', ']']);
const UNIT_SEPARATORS = new Set(['、', ',', '，', ';', '；', '/', '／']);
const CLAUSE_SEPARATORS = new Set([';', '；', ',', '，', '。']);
const TRIM_RE = /^[\s、,，;；。:：]+|[\s、,，;；。:：]+$/g;

/** Splits at separators outside nested brackets, so "各乡镇人民政府(街道、开发区)" stays one unit. */
function splitTopLevel(text: string, separators: Set<string>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.has(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(TRIM_RE, '')).filter((p) => p.length > 0);
}

/** Unit names listed in one field: "县财政局、县税务局等" → ["县财政局", "县税务局"]. */
export function splitUnits(text: string): string[] {
  return splitTopLevel(text, UNIT_SEPARATORS).map((u) => (u.length > 2 ? u.replace(/等$/, '') : u));
}

function fieldOf(match: RegExpExecArray): AssignmentField {
  const index = match.slice(1).findIndex((g) => g !== undefined);
  return LABELS[index]?.field ?? 'cooperating';
}

type Fields = Array<{ field: AssignmentField; value: string }>;

/** "牵头单位:X;责任单位:Y,Z" → fields in order; null when the text does not open with a label. */
function labelledFields(inner: string): Fields | null {
  LABEL_RE.lastIndex = 0;
  const matches = [...inner.matchAll(LABEL_RE)];
  const first = matches[0];
  if (!first || inner.slice(0, first.index).replace(TRIM_RE, '') !== '') return null;
  return matches.map((m, i) => {
    const next = matches[i + 1];
    const value = inner.slice((m.index ?? 0) + m[0].length, next ? next.index : inner.length);
    return { field: fieldOf(m), value: value.replace(TRIM_RE, '') };
  });
}

/** "县发改局牵头,县统计局、各镇配合" → fields; null unless every clause ends with a role verb. */
function suffixFields(inner: string): Fields | null {
  const clauses = splitTopLevel(inner, CLAUSE_SEPARATORS);
  if (clauses.length === 0) return null;
  const fields: Fields = [];
  for (const clause of clauses) {
    const m = SUFFIX_RE.exec(clause);
    const verb = m?.[2];
    if (!m || !verb || !m[1]) return null;
    if (!splitUnits(m[1]).every((u) => UNIT_LIKE.test(u))) return null;
    fields.push({ field: SUFFIX_FIELD[verb] ?? 'cooperating', value: m[1] });
  }
  return fields.some((f) => f.field === 'lead') ? fields : null;
}

function toAssignment(fields: Fields, start: number, end: number, unclosed: boolean): InlineAssignment {
  const lead: string[] = [];
  const others: string[] = [];
  const leaders: string[] = [];
  let deadlineText: string | null = null;
  for (const { field, value } of fields) {
    if (field === 'leader') leaders.push(...splitUnits(value));
    else if (field === 'deadline') deadlineText = value || deadlineText;
    else if (field === 'lead') lead.push(...splitUnits(value));
    else others.push(...splitUnits(value));
  }
  // DOMAIN.md §1.2: the unit listed first is the lead when no 牵头 label names one.
  const all = [...lead, ...others];
  const unique = all.filter((u, i) => all.indexOf(u) === i);
  return {
    start,
    end,
    leadUnit: unique[0] ?? null,
    leadExplicit: lead.length > 0,
    cooperatingUnits: unique.slice(1),
    leaders,
    deadlineText,
    unclosed,
  };
}

/** Index just after the bracket opened at `open`, or -1 when it does not close on this line. */
function closingIndex(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') return -1;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function parseBracket(text: string, open: number): InlineAssignment | null {
  const close = closingIndex(text, open);
  const unclosed = close < 0;
  let end = close;
  if (unclosed) {
    const newline = text.indexOf('\n', open);
    end = newline < 0 ? text.length : newline;
  }
  const inner = text.slice(open + 1, unclosed ? end : end - 1);
  const fields = labelledFields(inner) ?? suffixFields(inner);
  if (!fields) return null;
  const assignment = toAssignment(fields, open, end, unclosed);
  const named = assignment.leadUnit !== null || assignment.leaders.length > 0 || assignment.deadlineText;
  return named ? assignment : null;
}

/** Every assignment bracket in a text, in order. Brackets without a unit label ("(河南)", "(一)") are ignored. */
export function findInlineAssignments(text: string): InlineAssignment[] {
  const found: InlineAssignment[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.has(text[i] ?? '')) continue;
    const a = parseBracket(text, i);
    if (a) {
      found.push(a);
      i = a.end - 1;
    }
  }
  return found;
}

function merge(list: InlineAssignment[]): InlineAssignment | null {
  const [first, ...rest] = list;
  if (!first) return null;
  const units = list.flatMap((a) => (a.leadUnit ? [a.leadUnit, ...a.cooperatingUnits] : a.cooperatingUnits));
  const unique = units.filter((u, i) => units.indexOf(u) === i);
  return {
    ...first,
    end: rest.at(-1)?.end ?? first.end,
    leadUnit: unique[0] ?? null,
    leadExplicit: list.some((a) => a.leadExplicit),
    cooperatingUnits: unique.slice(1),
    leaders: list.flatMap((a) => a.leaders),
    deadlineText: list.find((a) => a.deadlineText)?.deadlineText ?? null,
    unclosed: list.some((a) => a.unclosed),
  };
}

/** The task text of a cell or sentence without its assignment bracket(s), and the units parsed from them. */
export function stripInlineAssignment(text: string): StrippedTask {
  const found = findInlineAssignments(text);
  let task = '';
  let at = 0;
  for (const a of found) {
    task += text.slice(at, a.start);
    at = a.end;
  }
  task += text.slice(at);
  return { task: task.replace(/[ \t\u3000]{2,}/g, ' ').trim(), assignment: merge(found) };
}
