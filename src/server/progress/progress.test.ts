// A department's progress report from the plan's own year only, and what the public page then shows of it.
// Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { ProgressReport } from '../../shared/api/progress';
import type { PublicPlan } from '../../shared/api/public';
import type { TargetListItem } from '../../shared/api/targets';
import { seedFirstStart } from '../seed';

let t: TestApp;
let admin: Client;
let reporter: Client;
let planId: number;
let gdp: TargetListItem;

const body = (period: string) => ({
  period,
  value: null,
  yoy: 6.1,
  progress: '上半年地区生产总值增长6.1%。',
  problems: '',
  nextSteps: '',
});

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedFirstStart(t.database.db);
  planId = seeded.importedPlanId!;
  admin = await loginSeededAdmin(t, seeded);
  const targets = (await admin.get(`/api/plans/${planId}/targets`)).json() as TargetListItem[];
  gdp = targets.find((x) => x.span.startsWith('地区生产总值增长'))!;
  reporter = await signIn(t, { role: 'reporter', departmentId: gdp.assignment!.lead!.id });
});
afterAll(async () => {
  await t?.close();
});

describe('the period of a progress report', () => {
  it('is refused outside the plan year, on creating and on editing, with the year named', async () => {
    const later = await reporter.send('POST', `/api/targets/${gdp.id}/progress`, body('2026-10'), {
      'accept-language': 'zh',
    });
    expect(later.statusCode).toBe(400);
    expect(later.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(later.json().error.message).toContain('2024');
    const before = await reporter.send('POST', `/api/targets/${gdp.id}/progress`, body('2023-Q4'));
    expect(before.statusCode).toBe(400);

    const created = await reporter.send('POST', `/api/targets/${gdp.id}/progress`, body('2024-H1'));
    expect(created.statusCode).toBe(201);
    const draft = created.json() as ProgressReport;
    const moved = await reporter.send('PATCH', `/api/progress/${draft.id}`, {
      version: draft.version,
      period: '2025',
    });
    expect(moved.statusCode).toBe(400);
    const kept = await reporter.send('PATCH', `/api/progress/${draft.id}`, {
      version: draft.version,
      period: '2024-06',
    });
    expect(kept.json()).toMatchObject({ period: '2024-06' });
  });
});

describe('the public page', () => {
  it('shows the approved 同比 of a growth target, and nothing of a report not yet approved', async () => {
    expect((await admin.send('POST', `/api/plans/${planId}/confirm`, {})).statusCode).toBe(200);
    expect((await admin.send('POST', `/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
    const [draft] = (await reporter.get(`/api/progress?targetId=${gdp.id}`)).json() as ProgressReport[];
    const item = async () =>
      ((await t.app.inject({ url: `/api/public/plans/${planId}` })).json() as PublicPlan).items.find(
        (i) => i.id === gdp.id,
      );
    expect((await item())?.latest).toBeNull();

    await reporter.send('POST', `/api/progress/${draft!.id}/submit`, { version: draft!.version });
    expect((await item())?.latest).toBeNull();
    expect((await admin.send('POST', `/api/progress/${draft!.id}/approve`, {})).statusCode).toBe(200);
    expect((await item())?.latest).toEqual({
      period: '2024-06',
      value: null,
      yoy: 6.1,
      progress: '上半年地区生产总值增长6.1%。',
    });
  });
});
