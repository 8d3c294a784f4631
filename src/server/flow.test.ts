// The vertical slice through app.inject(): seeded Heshan plan → targets with judgement → login → report
// progress → approve → the dashboard changes. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, signIn, startTestApp, type TestApp } from '../../test/helpers/app';
import type { Dashboard } from '../shared/api/dashboard';
import type { Department } from '../shared/api/departments';
import type { PlanSource, PlanSummary } from '../shared/api/plans';
import type { ProgressReport } from '../shared/api/progress';
import type { Target } from '../shared/api/targets';
import { verifyPassword } from './auth/password';
import { seedFirstStart } from './seed';

let t: TestApp;
let admin: Client;
let planId: number;
let target: Target;

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedFirstStart(t.database.db);
  planId = seeded.importedPlanId!;
  admin = await loginSeededAdmin(t, seeded);
});
afterAll(async () => {
  await t?.close();
});

async function adminRow() {
  const { findUserByUsername } = await import('../storage/repos');
  return (await findUserByUsername(t.database.db, 'admin'))!;
}

describe('first start', () => {
  it('creates an admin whose printed password works, and seeds nothing twice', async () => {
    const again = await seedFirstStart(t.database.db);
    expect(again).toEqual({});
    expect(await verifyPassword('wrong', (await adminRow()).passwordHash)).toBe(false);
  });

  it('imports the bundled report for the region and year read from its text', async () => {
    const plans = (await admin.get('/api/plans')).json() as PlanSummary[];
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      id: planId,
      year: 2024,
      status: 'draft',
      region: { name: '鹤壁市鹤山区' },
    });
  });

  it('suggests a lead unit for every extracted quantified target, for a person to accept', async () => {
    const targets = (await admin.get(`/api/plans/${planId}/targets`)).json() as Target[];
    expect(targets.length).toBeGreaterThan(20);
    // Figure-less qualitative clauses (居民收入与经济增长基本同步) may name no unit; a person assigns them.
    const unsuggested = targets.filter(
      (x) => x.kind === 'target' && (!x.assignment?.lead || !x.assignment.suggested),
    );
    expect(unsuggested.map((x) => x.indicator)).toEqual([]);
    const gdp = targets.find((x) => x.span.startsWith('地区生产总值增长'));
    expect(gdp?.assignment?.lead?.name).toBe('发展和改革局');
  });

  it('loads the default county department list', async () => {
    const depts = (await admin.get('/api/departments')).json() as Department[];
    expect(depts.map((d) => d.name)).toEqual(expect.arrayContaining(['发展和改革局', '财政局', '统计局']));
  });
});

describe('review, report, approve', () => {
  it('adds a missed target by selecting its text in the draft', async () => {
    const source = (await admin.get(`/api/plans/${planId}/source`)).json() as PlanSource;
    const phrase = '固定资产投资增长9%';
    const start = source.text.indexOf(phrase);
    expect(start).toBeGreaterThan(0);
    const res = await admin.send('POST', `/api/plans/${planId}/targets`, {
      start,
      end: start + phrase.length,
      indicator: '固定资产投资',
      comparator: '>=',
      value: 9,
      unit: '%',
      kind: 'target',
      type: 'growth',
    });
    expect(res.statusCode).toBe(201);
    target = res.json() as Target;
    expect(target.span).toBe(phrase);
    expect(target.judgement.status).toBe('no_data');
  });

  it('confirms the plan and assigns the lead unit', async () => {
    // Without a body, as curl -X POST sends it (it was 400 “expected object, received null”).
    expect((await admin.send('POST', `/api/plans/${planId}/confirm`)).statusCode).toBe(200);
    const depts = (await admin.get('/api/departments')).json() as Department[];
    const ndrc = depts.find((d) => d.name === '发展和改革局')!;
    const stats = depts.find((d) => d.name === '统计局')!;
    const res = await admin.send('PUT', `/api/targets/${target.id}/assignment`, {
      leadDepartmentId: ndrc.id,
      cooperatingDepartmentIds: [stats.id],
      leadLeader: '常务副区长',
      deadlineText: '年底前',
      deadline: '2024-12-31',
      milestones: [],
    });
    expect(res.statusCode).toBe(200);
    target = res.json() as Target;
    expect(target.assignment).toMatchObject({
      lead: { name: '发展和改革局' },
      cooperating: [{ name: '统计局' }],
      suggested: false,
    });
  });

  it('lets the lead department report, and the 督查室 approve; the dashboard then counts it', async () => {
    const before = (await admin.get(`/api/plans/${planId}/dashboard?asOf=2024-06-30`)).json() as Dashboard;
    const reporter = await signIn(t, { role: 'reporter', departmentId: target.assignment!.lead!.id });
    const created = await reporter.send('POST', `/api/targets/${target.id}/progress`, {
      period: '2024-06',
      value: null,
      yoy: 10.2,
      progress: '1—6月固定资产投资同比增长10.2%。',
      problems: '',
      nextSteps: '加快项目入库。',
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json() as ProgressReport;
    expect(draft.status).toBe('draft');
    const submitted = await reporter.send('POST', `/api/progress/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    const queue = (
      await admin.get(`/api/progress?status=submitted&planId=${planId}`)
    ).json() as ProgressReport[];
    expect(queue.map((p) => p.id)).toContain(draft.id);
    const approved = await admin.send('POST', `/api/progress/${draft.id}/approve`, {});
    expect(approved.json()).toMatchObject({ status: 'approved' });

    const after = (await admin.get(`/api/plans/${planId}/dashboard?asOf=2024-06-30`)).json() as Dashboard;
    expect(after.timeProgress).toBe(0.5);
    expect(after.counts.no_data).toBe(before.counts.no_data - 1);
    const judged = (await admin.get(`/api/targets/${target.id}`)).json() as Target & {
      history: ProgressReport[];
    };
    expect(judged.latest).toMatchObject({ period: '2024-06', yoy: 10.2, status: 'approved' });
    expect(['ahead', 'on_track']).toContain(judged.judgement.status);
    expect(judged.history).toHaveLength(1);
  });

  it('holds the dashboard 序时进度 within the plan year: all of it after the year, none before', async () => {
    const later = (await admin.get(`/api/plans/${planId}/dashboard?asOf=2026-03-31`)).json() as Dashboard;
    expect(later.timeProgress).toBe(1);
    const earlier = (await admin.get(`/api/plans/${planId}/dashboard?asOf=2023-11-30`)).json() as Dashboard;
    expect(earlier.timeProgress).toBe(0);
  });
});
