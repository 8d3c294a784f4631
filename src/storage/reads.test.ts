// readPlans (src/storage/repos/reads.ts) reads in one statement what the typed per-table queries read: the
// same targets and assignments, the latest APPROVED report of each target, and every assigned unit's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/db';
import type { Database } from './db';
import {
  createDepartment,
  createProgress,
  ensureRegion,
  insertPlan,
  listProgress,
  listTargets,
  type PlanInput,
  putAssignment,
  readPlans,
  transitionProgress,
} from './repos';
import type { DepartmentRow, PlanRow } from './schema';
import { write } from './write';

let database: Database;
let plan: PlanRow;
let other: PlanRow;
let units: DepartmentRow[];

const system = { userId: null };
const text = '一、今年目标\n地区生产总值增长7%左右,新增市场主体500户以上。';

function planInput(regionId: number, hash: string): PlanInput {
  const target = (indicator: string, value: number, unit: string, start: number, end: number) => ({
    kind: 'target' as const,
    indicator,
    comparator: '>=',
    value,
    unit,
    type: 'growth',
    modality: 'plain',
    span: text.slice(start, end),
    start,
    end,
  });
  return {
    regionId,
    year: 2025,
    reviewYear: 2024,
    title: '云溪县政府工作报告',
    sourceName: 'r.txt',
    sourceText: text,
    sourceHash: hash.repeat(64),
    mainTargets: null,
    warnings: [],
    sections: [
      { level: 'part', ordinal: '一', title: '今年目标', role: 'targets', start: 0, end: text.length },
    ],
    tasks: [],
    targets: [target('地区生产总值', 7, '%', 7, 19), target('新增市场主体', 500, '户', 20, 32)],
    actuals: [],
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await write(database.db, system, async (tx, audit) => {
    const county = await ensureRegion(tx, audit, { name: '云溪县', level: 'county' });
    const city = await ensureRegion(tx, audit, { name: '青岚市', level: 'city' });
    units = [
      await createDepartment(tx, audit, {
        regionId: county.id,
        name: '发展和改革局',
        aliases: [],
        kind: 'department',
      }),
      await createDepartment(tx, audit, {
        regionId: county.id,
        name: '统计局',
        aliases: [],
        kind: 'department',
      }),
      // A city unit assigned by hand to a county target: another region's department.
      await createDepartment(tx, audit, {
        regionId: city.id,
        name: '市场监督管理局',
        aliases: [],
        kind: 'department',
      }),
    ];
    plan = await insertPlan(tx, audit, planInput(county.id, 'b'));
    other = await insertPlan(tx, audit, { ...planInput(city.id, 'c'), title: '青岚市政府工作报告' });
  });
  const [gdp, firms] = await listTargets(database.db, { planId: plan.id });
  await write(database.db, system, async (tx, audit) => {
    await putAssignment(tx, audit, gdp!.target.id, assignment(units[0]!.id, [units[1]!.id]), undefined);
    await putAssignment(tx, audit, firms!.target.id, assignment(units[2]!.id, []), undefined);
    for (const [period, yoy, approve] of [
      ['2025-03', 6.1, true],
      ['2025-06', 6.8, true],
      ['2025-09', 7.4, false],
    ] as const) {
      const row = await createProgress(tx, audit, gdp!.target.id, progress(period, yoy), null);
      await transitionProgress(tx, audit, row.id, 'submit', null, {});
      if (approve) await transitionProgress(tx, audit, row.id, 'approve', null, {});
    }
  });
});
afterAll(async () => {
  await database?.close();
});

function assignment(lead: number, cooperating: number[]) {
  return {
    leadDepartmentId: lead,
    cooperatingDepartmentIds: cooperating,
    leadLeader: '',
    deadlineText: '',
    deadline: null,
    milestones: [],
  };
}

function progress(period: string, yoy: number) {
  const month = Number(period.slice(5));
  const end = new Date(Date.UTC(2025, month, 0)).toISOString().slice(0, 10);
  return { period, periodEnd: end, value: null, yoy, stage: null, progress: '', problems: '', nextSteps: '' };
}

describe('readPlans', () => {
  it('reads the same targets and assignments as the typed per-table query', async () => {
    const reads = await readPlans(database.db, { planIds: [plan.id] });
    const typed = (await listTargets(database.db, { planId: plan.id })).map(
      ({ target: { createdAt: _c, ...target }, assignment }) => ({ target, assignment }),
    );
    expect(reads.targets).toEqual(typed);
    expect(reads.plans).toMatchObject([{ id: plan.id, regionName: '云溪县', targets: 2, actuals: 0 }]);
  });

  it('gives each target its latest approved report, not a later submitted one', async () => {
    const reads = await readPlans(database.db, { planIds: [plan.id] });
    const gdp = reads.targets[0]!.target;
    expect(reads.latest.get(gdp.id)).toMatchObject({ period: '2025-06', yoy: 6.8, status: 'approved' });
    expect(await listProgress(database.db, { targetIds: [gdp.id] })).toHaveLength(3);
    expect(reads.latest.has(reads.targets[1]!.target.id)).toBe(false);
  });

  it('names every assigned unit, also one of another region', async () => {
    const { names } = await readPlans(database.db, { planIds: [plan.id] });
    expect(units.map((u) => names.get(u.id))).toEqual(['发展和改革局', '统计局', '市场监督管理局']);
  });

  it.each([
    ['all plans', {}, 2],
    ['plans by status', { status: ['published' as const] }, 0],
    ['targets by lead unit', { leadDepartmentId: 1_000_000 }, 0],
  ])('selects %s', async (_what, filter, plans) => {
    expect((await readPlans(database.db, filter)).plans).toHaveLength(plans);
  });

  it('selects targets by id or lead unit with only their own plans', async () => {
    const byLead = await readPlans(database.db, { leadDepartmentId: units[2]!.id });
    expect(byLead.targets.map((r) => r.target.indicator)).toEqual(['新增市场主体']);
    expect(byLead.plans.map((p) => p.id)).toEqual([plan.id]);
    const ids = (await listTargets(database.db, { planId: other.id })).map((r) => r.target.id);
    const byId = await readPlans(database.db, { targetIds: ids });
    expect(byId.plans.map((p) => p.id)).toEqual([other.id]);
    expect(byId.targets).toHaveLength(2);
  });
});

describe('jsonTuple', () => {
  it('refuses a timestamp column, whose JSON form is not what drizzle returns', async () => {
    const { jsonTuple } = await import('./json');
    const { plans } = await import('./schema');
    expect(() => jsonTuple(plans)).toThrow(/createdAt/);
    expect(jsonTuple(plans, ['createdAt']).read([1, 2])).toMatchObject({ id: 1, regionId: 2 });
  });
});
