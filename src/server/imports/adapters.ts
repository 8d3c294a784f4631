// The seams to other areas, each one function so a swap is one line:
// - extraction (src/extract, H1/H2): extractPlan;
// - the default department list and lead-unit suggestion (src/domain/departments, H3).
import { DEFAULT_DEPARTMENTS, suggestAssignment } from '../../domain/departments';
import { extractPlan } from '../../extract';
import type { ExtractionResult } from '../../extract/types';

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

/** A suggested lead unit (and co-operating units) by name for a target, or null; a person decides. */
export function suggestLead(indicator: string, span: string): { lead: string; cooperating: string[] } | null {
  const s = suggestAssignment(indicator) ?? suggestAssignment(span);
  return s ? { lead: s.lead, cooperating: s.cooperating } : null;
}
