// A department's workload (DOMAIN.md §1.2–1.3): the targets it leads, judged; their 节点 and 完成时限 in date
// order; its draft and returned reports.
import type { Workload } from '../../shared/api/departments';
import type { Queryable } from '../../storage/db';
import { listEvidence, listProgress } from '../../storage/repos';
import type { DepartmentRow } from '../../storage/schema';
import { presentProgress } from '../presenters/progress';
import { loadTargets } from '../targets/load';

export function presentDepartment(d: DepartmentRow): Workload['department'] {
  return {
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    kind: d.kind,
    regionId: d.regionId,
    version: d.version,
  };
}

export async function workload(q: Queryable, dept: DepartmentRow, planId?: number): Promise<Workload> {
  const judged = await loadTargets(q, {
    leadDepartmentId: dept.id,
    ...(planId ? { planIds: [planId] } : {}),
  });
  const targets = judged.map((j) => j.target);
  const reports = await listProgress(q, { targetIds: targets.map((t) => t.id) });
  const evidence = await listEvidence(
    q,
    reports.map((r) => r.id),
  );
  const due = targets.flatMap((t) => [
    ...(t.assignment?.milestones ?? []).map((m) => ({ targetId: t.id, date: m.date, label: m.label })),
    ...(t.assignment?.deadline
      ? [{ targetId: t.id, date: t.assignment.deadline, label: t.assignment.deadlineText }]
      : []),
  ]);
  return {
    department: presentDepartment(dept),
    targets,
    due: due.sort((a, b) => a.date.localeCompare(b.date)),
    drafts: reports.filter((r) => r.status === 'draft').map((r) => presentProgress(r, evidence)),
    returned: reports.filter((r) => r.status === 'returned').map((r) => presentProgress(r, evidence)),
  };
}
