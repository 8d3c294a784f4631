// The seams to other areas, each one function so a swap is one line:
// - extraction (src/extract, H1/H2): extractPlan;
// - lead-unit suggestion and the default department list (src/domain/departments, H3).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  office: 'office',
};

/** The default county department list (data/departments.json, DOMAIN.md §2). */
export function defaultDepartments(): DepartmentSeed[] {
  const json = JSON.parse(readFileSync(resolve('data/departments.json'), 'utf8')) as {
    departments: { name: string; aliases?: string[]; kind?: string }[];
  };
  return json.departments.map((d) => ({
    name: d.name,
    aliases: d.aliases ?? [],
    kind: KINDS[d.kind ?? ''] ?? 'other',
  }));
}

/** A suggested lead unit name for an indicator, or null (a person decides). */
export function suggestLead(
  _indicator: string,
  _span: string,
): { lead: string; cooperating: string[] } | null {
  return null;
}
