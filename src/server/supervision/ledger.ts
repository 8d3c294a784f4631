// The 分解表/台账 import: readLedgerXlsx gives good and bad rows; each good row is linked to the plan's targets by
// its task text (and 量化目标 when a task has several), units to the department list (first listed is the lead,
// DOMAIN.md §1.2). The preview stores nothing; applyLedger writes the good, linked rows in the caller's transaction.
import type { LedgerPreview } from '../../shared/api/supervision';
import type { Queryable } from '../../storage/db';
import { ensureDepartments, listDepartments, listTargets, putAssignment } from '../../storage/repos';
import type { DepartmentRow } from '../../storage/schema';
import type { Audit } from '../../storage/write';
import type { LedgerImportResult } from '../office/ledger-import';
import { quantText } from './documents';
import { type PlanData, taskTitle } from './load';

const norm = (s: string) => s.replace(/[\s,,。;;:：、]/g, '');

function byName(depts: readonly DepartmentRow[], name: string): DepartmentRow | undefined {
  return depts.find((d) => d.name === name || d.aliases.includes(name));
}

/** Targets a row names: same task text (or the target's sentence inside it), narrowed by 量化目标 when given. */
function targetsOfRow(data: PlanData, task: string, quant: string): number[] {
  const t = norm(task);
  if (t.length === 0) return [];
  const hits = data.targets.filter(({ target }) => {
    const title = norm(taskTitle(data, target));
    const span = norm(target.span);
    return title === t || (span.length >= 4 && t.includes(span)) || (t.length >= 6 && span.includes(t));
  });
  const q = norm(quant);
  if (hits.length <= 1 || q.length === 0) return hits.map((h) => h.target.id);
  const narrowed = hits.filter(({ target }) => {
    const qt = norm(quantText(target));
    return qt === q || (qt.length > 0 && q.includes(qt)) || norm(target.span).includes(q);
  });
  return (narrowed.length > 0 ? narrowed : hits).map((h) => h.target.id);
}

export function previewLedger(
  data: PlanData,
  read: LedgerImportResult,
  depts: readonly DepartmentRow[],
): LedgerPreview {
  const preview: LedgerPreview = {
    sheet: read.sheet,
    headerRow: read.headerRow,
    groupRows: read.groupRows,
    goodRows: [],
    badRows: read.badRows.map((b) => ({
      row: b.row,
      errors: b.errors.map((e) => ({ column: e.column, message: e.message })),
    })),
    unmatchedRows: [],
  };
  for (const r of read.goodRows) {
    const targetIds = targetsOfRow(data, r.task, r.quantTarget);
    if (targetIds.length === 0) {
      preview.unmatchedRows.push({ row: r.row, task: r.task });
      continue;
    }
    const units = [r.leadUnit, ...r.cooperatingUnits].filter((u) => u.length > 0);
    preview.goodRows.push({
      row: r.row,
      seq: r.seq,
      category: r.category,
      task: r.task,
      quantTarget: r.quantTarget,
      leadLeader: r.leadLeader,
      leadUnit: r.leadUnit,
      cooperatingUnits: r.cooperatingUnits,
      deadlineText: r.deadlineText,
      targetIds,
      newDepartments: [...new Set(units.filter((u) => !byName(depts, u)))],
    });
  }
  return preview;
}

export interface LedgerApplied {
  importedRows: number;
  assignments: number;
  createdDepartments: string[];
  skippedRows: number[];
}

/** Writes the preview's good rows: units created when new, each linked target's assignment set. */
export async function applyLedger(
  q: Queryable,
  audit: Audit,
  data: PlanData,
  preview: LedgerPreview,
): Promise<LedgerApplied> {
  const fresh = [...new Set(preview.goodRows.flatMap((r) => r.newDepartments))];
  const depts = await ensureDepartments(
    q,
    audit,
    data.plan.regionId,
    fresh.map((name) => ({ name, aliases: [], kind: 'other' as const })),
  );
  let assignments = 0;
  const current = new Map(
    (await listTargets(q, { planId: data.plan.id })).map((t) => [t.target.id, t.assignment]),
  );
  for (const r of preview.goodRows) {
    const lead = byName(depts, r.leadUnit)!;
    const cooperating = r.cooperatingUnits
      .map((u) => byName(depts, u)!.id)
      .filter((id, i, all) => id !== lead.id && all.indexOf(id) === i);
    for (const targetId of r.targetIds) {
      const before = current.get(targetId) ?? null;
      const row = await putAssignment(
        q,
        audit,
        targetId,
        {
          leadDepartmentId: lead.id,
          cooperatingDepartmentIds: cooperating,
          leadLeader: r.leadLeader || before?.leadLeader || '',
          deadlineText: r.deadlineText || before?.deadlineText || '',
          deadline: before?.deadline ?? null,
          milestones: before?.milestones ?? [],
        },
        before?.version ?? null,
      );
      current.set(targetId, row);
      assignments++;
    }
  }
  return {
    importedRows: preview.goodRows.length,
    assignments,
    createdDepartments: fresh,
    skippedRows: [...preview.badRows.map((b) => b.row), ...preview.unmatchedRows.map((u) => u.row)].sort(
      (a, b) => a - b,
    ),
  };
}

export async function departmentsOf(q: Queryable, data: PlanData): Promise<DepartmentRow[]> {
  return listDepartments(q, data.plan.regionId);
}
