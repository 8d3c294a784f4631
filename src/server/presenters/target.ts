// Stored rows → API JSON for targets and assignments (STYLE.md habit 4: a new column never leaks).

import type { Assignment, Target } from '../../shared/api/targets';
import type { RuleSet } from '../../shared/rules';
import type { LatestProgress, TargetReadRow } from '../../storage/repos';
import type { AssignmentRow } from '../../storage/schema';
import { judge } from '../judgement';

export type DepartmentNames = Map<number, string>;

export function presentAssignment(a: AssignmentRow | null, names: DepartmentNames): Assignment | null {
  if (!a) return null;
  const ref = (id: number) => ({ id, name: names.get(id) ?? `#${id}` });
  return {
    id: a.id,
    lead: a.leadDepartmentId ? ref(a.leadDepartmentId) : null,
    cooperating: a.cooperatingDepartmentIds.map(ref),
    leadLeader: a.leadLeader,
    deadlineText: a.deadlineText,
    deadline: a.deadline,
    milestones: a.milestones,
    suggested: a.suggested,
    version: a.version,
  };
}

export interface TargetContext {
  names: DepartmentNames;
  latest: Map<number, LatestProgress>;
  asOf: string;
  rules: RuleSet;
  /** The plan's year: an as-of date outside it is judged at that year's end or start (asOfPeriod). */
  planYear?: number;
}

export function presentTarget(t: TargetReadRow, a: AssignmentRow | null, c: TargetContext): Target {
  const latest = c.latest.get(t.id);
  return {
    id: t.id,
    planId: t.planId,
    taskId: t.taskId,
    sectionId: t.sectionId,
    kind: t.kind,
    indicator: t.indicator,
    comparator: t.comparator as Target['comparator'],
    value: t.value,
    unit: t.unit,
    type: t.type as Target['type'],
    modality: t.modality as Target['modality'],
    attribute: t.attribute,
    floor: t.floor,
    stretch: t.stretch,
    tolerance: t.tolerance,
    span: t.span,
    start: t.start,
    end: t.end,
    original: t.original
      ? {
          ...t.original,
          comparator: t.original.comparator as Target['comparator'],
          type: t.original.type as Target['type'],
          modality: t.original.modality as Target['modality'],
        }
      : null,
    assignment: presentAssignment(a, c.names),
    latest: latest
      ? { period: latest.period, value: latest.value, yoy: latest.yoy, status: latest.status }
      : null,
    judgement: judge(t, a, latest, c.asOf, c.rules, c.planYear),
    published: t.published,
    version: t.version,
  };
}

/** Today as YYYY-MM-DD (the default as-of date). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
