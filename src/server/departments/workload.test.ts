// A department's workload through the API: only the targets it leads, judged, narrowed to one plan on request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { Department, Workload } from '../../shared/api/departments';
import { seedFirstStart } from '../seed';

let t: TestApp;
let admin: Client;
let planId: number;
let ndrc: Department;

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedFirstStart(t.database.db);
  planId = seeded.importedPlanId!;
  admin = await loginSeededAdmin(t, seeded);
  const depts = (await admin.get('/api/departments')).json() as Department[];
  ndrc = depts.find((d) => d.name === '发展和改革局')!;
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/departments/:id/workload', () => {
  it('lists only the targets the department leads, each judged', async () => {
    const w = (await admin.get(`/api/departments/${ndrc.id}/workload`)).json() as Workload;
    expect(w.department.name).toBe('发展和改革局');
    expect(w.targets.length).toBeGreaterThan(0);
    expect(w.targets.every((x) => x.assignment?.lead?.id === ndrc.id)).toBe(true);
    expect(w.targets.every((x) => x.judgement.status === 'no_data')).toBe(true);
  });

  it.each([
    ['its own plan', () => planId, true],
    ['another plan', () => planId + 1000, false],
  ])('narrows to %s', async (_what, plan, some) => {
    const w = (await admin.get(`/api/departments/${ndrc.id}/workload?planId=${plan()}`)).json() as Workload;
    expect(w.targets.length > 0).toBe(some);
  });
});
