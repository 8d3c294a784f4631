// The seams to other areas, each one function so a swap is one line:
// - extraction (src/extract, H1/H2): extractPlan;
// - the default department list and lead-unit suggestion (src/domain/departments, H3).
import { DEFAULT_DEPARTMENTS, suggestAssignment } from '../../domain/departments';
import { extractPlan } from '../../extract';
import type { ExtractionResult } from '../../extract/types';
import type { RegionLevel } from '../../shared/api/users';

export function extractReport(text: string): ExtractionResult {
  return extractPlan(text);
}

export interface DepartmentSeed {
  name: string;
  aliases: string[];
  kind: 'department' | 'township' | 'vertical' | 'office' | 'other';
}

const KINDS: Record<string, DepartmentSeed['kind']> = {
  department: 'department',
  vertical: 'vertical',
  township: 'township',
};

/** The default county department list (resources/departments.json, DOMAIN.md §2); short forms become aliases. */
export function defaultDepartments(): DepartmentSeed[] {
  return DEFAULT_DEPARTMENTS.departments.map((d) => ({
    name: d.name,
    aliases: [...new Set([d.short, ...d.aliases].filter((a) => a !== d.name))],
    kind: KINDS[d.kind] ?? 'other',
  }));
}

/**
 * The department list a region of this level starts with, or null when there is none: the bundled list is a
 * county's (县发改局, 县财政局, 各乡镇…, DOMAIN.md §2), which also serves a district and a city (their 工作部门
 * mirror the county's); a national or provincial plan gets no list and no suggested leads (国务院's ministries and
 * a province's 厅 are other units), and the import says so (warning `no_department_list`).
 */
export function departmentListFor(level: RegionLevel): DepartmentSeed[] | null {
  return level === 'national' || level === 'province' ? null : defaultDepartments();
}

/** A suggested lead unit (and co-operating units) by name for a target, or null; a person decides. */
export function suggestLead(indicator: string, span: string): { lead: string; cooperating: string[] } | null {
  const s = suggestAssignment(indicator) ?? suggestAssignment(span);
  return s ? { lead: s.lead, cooperating: s.cooperating } : null;
}
