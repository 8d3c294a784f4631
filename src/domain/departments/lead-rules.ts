// Keyword rules for suggesting a lead unit, parsed from resources/lead-departments.csv (the source of truth;
// DOMAIN.md §1.2 "the unit listed first is the lead", §2 lead assignments seen in real documents).
// resources/lead-rules.json is this parser's output, rebuilt by scripts/build-lead-rules.ts.
import { DomainError } from '../errors';
import { parseCsv } from './csv';

export interface LeadRule {
  /** The alternatives of the keyword cell: 地区生产总值/GDP → ['地区生产总值', 'GDP']. */
  keywords: string[];
  /** Lead candidates in order of preference: the first, then 或/无则 alternatives and unit-like qualifiers. */
  lead: string[];
  /** Non-unit qualifiers of the lead cell (统筹, 各地不同, 城镇). */
  leadNote: string;
  /** Co-operating units as written (resolved against a dictionary when suggesting). */
  cooperating: string[];
  note: string;
  /** 1-based line of the CSV row, for tracing a suggestion back to its source. */
  line: number;
}

const HEADER = ['keyword', 'lead_department', 'typical_cooperating_departments', 'note'];
/** A cell part names a unit when it ends like one (局, 委, 办, 中心, 队, 公司, 管委会, 政府, 办事处, 联…). */
const UNIT_LIKE = /(局|委|委员会|办|办公室|中心|队|公司|管委会|政府|办事处|联|部|站|所|街道|乡镇)$/;

function isUnitName(s: string): boolean {
  return s.length >= 2 && UNIT_LIKE.test(s);
}

function ascii(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}

/** Splits on any of `seps` outside parentheses: 各行业主管部门(交通、住建)、各乡镇 → two parts. */
export function splitTop(s: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth += 1;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(c)) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** 地区生产总值/GDP → [地区生产总值, GDP]; 新增规上工业企业(小升规) → [新增规上工业企业, 小升规]. */
export function parseKeywordCell(cell: string): string[] {
  const out: string[] = [];
  for (const part of splitTop(ascii(cell), '/')) {
    const m = /^([^()]*)(?:\(([^()]*)\))?(.*)$/.exec(part);
    const [head = '', inner = '', tail = ''] = [m?.[1], m?.[2], m?.[3]];
    // 乡镇(街道)属地任务 → 乡镇属地任务, 街道属地任务; 新增规上工业企业(小升规) → both names.
    for (const k of [head + tail, inner ? inner + tail : '']) if (k.length >= 2) out.push(k);
  }
  return [...new Set(out)];
}

/**
 * Reads a lead cell: 发展和改革局(重点项目办) · 林业局(无则自然资源局) · 发展和改革局或商务局 ·
 * 自然资源(和规划)局 · 招商服务中心/投资促进局(无则商务局) · 按事项分别由主管部门牵头 (no unit → no candidate).
 */
export function parseLeadCell(cell: string): { lead: string[]; leadNote: string } {
  // A parenthesis inside a name (自然资源(和规划)局) is an optional part of that name.
  const s = ascii(cell).replace(/\([^()]*\)(?=[\u4e00-\u9fff])(?!或)/g, '');
  const lead: string[] = [];
  const notes: string[] = [];
  const visit = (text: string) => {
    for (const part of splitTop(text, '/或')) {
      const m = /^([^()]+)(?:\((.*)\))?$/.exec(part);
      const name = m?.[1] ?? part;
      const qual = m?.[2];
      if (isUnitName(name)) lead.push(name);
      if (!qual) continue;
      const alt = /^(无则|或)(.+)$/.exec(qual);
      if (alt?.[2]) visit(alt[2]);
      else if (splitTop(qual, '/').every(isUnitName)) lead.push(...splitTop(qual, '/'));
      else notes.push(qual);
    }
  };
  visit(s);
  return { lead: [...new Set(lead)], leadNote: notes.join('、') };
}

/** 统计局、各乡镇(街道)、统计局/调查队 → [统计局, 各乡镇(街道), 统计局, 调查队] (deduplicated). */
export function parseCooperatingCell(cell: string): string[] {
  return [...new Set(splitTop(ascii(cell), '、/'))];
}

/** Parses the text of resources/lead-departments.csv into rules (pure: the caller reads the file). */
export function parseLeadRulesCsv(text: string): LeadRule[] {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim());
  if (!header || HEADER.some((h, i) => header[i] !== h)) {
    throw new DomainError(
      'invalid_rules',
      `牵头单位规则表的表头应为 ${HEADER.join(',')} (the lead rules CSV must start with this header)`,
    );
  }
  return rows.slice(1).map((r, i) => {
    const [keyword = '', leadCell = '', coop = '', note = ''] = r;
    return {
      keywords: parseKeywordCell(keyword),
      ...parseLeadCell(leadCell),
      cooperating: parseCooperatingCell(coop),
      note: note.trim(),
      line: i + 2,
    };
  });
}
