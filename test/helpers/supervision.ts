// A seeded plan for the supervision tests: the bundled Heshan report with leads accepted, and approved progress
// that puts two targets behind at 2024-Q3 (GDP 6.1% vs 7.5%; 32 projects, 10 by September) and gives GDP a
// 预计 full-year figure.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importReport } from '../../src/server/imports/pipeline';
import { EXAMPLE_REPORT } from '../../src/server/seed';
import type { Db } from '../../src/storage/db';
import { periodEnd } from '../../src/storage/period';
import { createProgress, listTargets, transitionProgress } from '../../src/storage/repos';
import type { TargetRow } from '../../src/storage/schema';
import { write } from '../../src/storage/write';

export interface SeededPlan {
  planId: number;
  gdp: TargetRow;
  projects: TargetRow;
  /** Lead department of each seeded target. */
  leadOf: Map<number, number>;
  /** How many targets the import produced (quantified and qualitative). */
  targetCount: number;
}

export async function seedSupervisionPlan(db: Db): Promise<SeededPlan> {
  const path = resolve(EXAMPLE_REPORT);
  const { draftPlanId: planId } = await importReport(
    db,
    { userId: null },
    { bytes: readFileSync(path), fileName: 'heshan-2024.txt' },
  );
  const rows = await listTargets(db, { planId });
  const find = (re: RegExp) => rows.find((r) => re.test(r.target.span.replace(/\s+/g, '')))!;
  const gdp = find(/^地区生产总值增长/);
  const projects = find(/亿元以上.*项目/);
  await approve(
    db,
    gdp.target.id,
    '2024-Q3',
    { value: null, yoy: 6.1, progress: '前三季度地区生产总值增长6.1%' },
    '2024-10-08T02:00:00Z',
  );
  await approve(
    db,
    gdp.target.id,
    '2024',
    { value: null, yoy: 7.8, progress: '预计全年增长7.8%' },
    '2025-01-05T02:00:00Z',
  );
  await approve(
    db,
    projects.target.id,
    '2024-09',
    { value: 10, yoy: null, progress: '已引进10个' },
    '2024-09-20T02:00:00Z',
  );
  const leadOf = new Map(
    rows.flatMap((r) =>
      r.assignment?.leadDepartmentId ? [[r.target.id, r.assignment.leadDepartmentId]] : [],
    ),
  ) as Map<number, number>;
  return { planId, gdp: gdp.target, projects: projects.target, leadOf, targetCount: rows.length };
}

async function approve(
  db: Db,
  targetId: number,
  period: string,
  f: { value: number | null; yoy: number | null; progress: string },
  submittedAt: string,
): Promise<void> {
  await write(db, { userId: null }, async (tx, audit) => {
    const p = await createProgress(
      tx,
      audit,
      targetId,
      { period, periodEnd: periodEnd(period)!, ...f, stage: null, problems: '', nextSteps: '' },
      null,
    );
    await transitionProgress(tx, audit, p.id, 'submit', null, { now: new Date(submittedAt) });
    await transitionProgress(tx, audit, p.id, 'approve', null, {});
  });
}
