// Unit dictionary and lead-unit suggestion (DOMAIN.md §1.2, §2).
export type { Department, DepartmentDictionary } from './dictionary';
export { createDictionary, DEFAULT_DEPARTMENTS, departmentSchema, resolveDepartment } from './dictionary';
export type { LeadRule } from './lead-rules';
export { parseLeadRulesCsv } from './lead-rules';
export type { AssignmentSuggestion, Suggester, SuggestOptions } from './suggest';
export { createSuggester, DEFAULT_LEAD_RULES, suggestAssignment } from './suggest';
