// The daily 督办单 review with many missing reports: the scheduler issues no more than the region's daily bounds
// (rule set `sheets`, set through PUT /api/regions/:id/rules), worst first; running again the same day adds
// none, and the next day issues the deferred targets without a second sheet for any target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import { setPlanStatus } from '../../storage/repos';
import { listSheets } from '../../storage/repos/supervision';
import { write } from '../../storage/write';
import { tick } from '../scheduler/tick';
import { loadPlanData } from './load';
import { reviewPlanSheets, situations } from './sheets';

let t: TestApp;
let admin: Client;
let seeded: SeededPlan;
const DAY1 = '2024-10-20';
const DAY2 = '2024-10-21';

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin' });
  await write(t.database.db, { userId: null }, (tx, audit) =>
    setPlanStatus(tx, audit, seeded.planId, 'confirmed', undefined),
  );
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const sheetsOf = () => listSheets(t.database.db, { planId: seeded.planId });

describe('daily 督办单 review bounds', () => {
  it('stores the bounds in the region rule set, 20 a day and 3 per department by default', async () => {
    const { plan } = await loadPlanData(t.database.db, seeded.planId);
    const res = await admin.get(`/api/regions/${plan.regionId}/rules`);
    const body = res.json() as { rules: { sheets: unknown }; version: number };
    expect(body.rules.sheets).toEqual({ maxNewPerDay: 20, maxNewPerDepartmentPerDay: 3 });
    const rules = { ...body.rules, sheets: { maxNewPerDay: 6, maxNewPerDepartmentPerDay: 2 } };
    const put = await admin.send('PUT', `/api/regions/${plan.regionId}/rules`, {
      rules,
      version: body.version,
    });
    expect(put.statusCode).toBe(200);
    expect((put.json() as { rules: { sheets: unknown } }).rules.sheets).toEqual(rules.sheets);
  });

  it('has many more missing reports than the day allows', async () => {
    const data = await loadPlanData(t.database.db, seeded.planId);
    const late = situations(data, DAY1).filter((s) => s.reportOverdueDays > 0);
    expect(new Set(late.map((s) => s.departmentId)).size).toBeGreaterThan(3);
    expect(late.length).toBeGreaterThan(20);
  });

  it('issues at most 6 sheets on the first day, at most 2 per department, worst colour first', async () => {
    const r = await tick(t.database.db, null, DAY1);
    expect(r).toMatchObject({ ran: true, sheetsIssued: 6 });
    const sheets = await sheetsOf();
    expect(sheets).toHaveLength(6);
    const perDept = new Map<number | null, number>();
    for (const s of sheets) perDept.set(s.row.departmentId, (perDept.get(s.row.departmentId) ?? 0) + 1);
    expect(Math.max(...perDept.values())).toBeLessThanOrEqual(2);
    expect(sheets.every((s) => s.sheet.colour === 'red')).toBe(true);
  });

  it('adds none when the review runs again the same day, by the scheduler or by hand', async () => {
    expect(await tick(t.database.db, null, DAY1)).toMatchObject({ ran: true, sheetsIssued: 0 });
    const data = await loadPlanData(t.database.db, seeded.planId);
    const again = await write(t.database.db, { userId: null }, (tx, audit) =>
      reviewPlanSheets(tx, audit, data, DAY1, null),
    );
    expect(again.issued).toEqual([]);
    expect(again.deferred.length).toBeGreaterThan(0);
    expect(await sheetsOf()).toHaveLength(6);
  });

  it('issues the next deferred targets the next day and never a second sheet for a target', async () => {
    expect(await tick(t.database.db, null, DAY2)).toMatchObject({ ran: true, sheetsIssued: 6 });
    const sheets = await sheetsOf();
    const targets = sheets.map((s) => s.row.targetId);
    expect(targets).toHaveLength(12);
    expect(new Set(targets).size).toBe(12);
  });
});
