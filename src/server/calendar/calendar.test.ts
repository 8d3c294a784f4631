// The reporting calendar through app.inject(): default monthly rule by the 25th, a quarterly override for one
// target, per-department states on a day, and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';

interface Calendar {
  entries: Array<{
    targetId: number;
    period: string;
    dueDate: string;
    state: string;
    submittedOn: string | null;
    daysOverdue: number;
    departmentId: number | null;
  }>;
  departments: Array<{ department: { id: number } | null; missing: number; submitted: number; late: number }>;
}

let t: TestApp;
let admin: Client;
let reporter: Client;
let seeded: SeededPlan;

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin' });
  const dept = seeded.leadOf.get(seeded.projects.id)!;
  reporter = await signIn(t, { role: 'reporter', departmentId: dept });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('reporting calendar', () => {
  it('defaults to monthly by the 25th without January, with states on a day', async () => {
    const c = (await admin.get(`/api/plans/${seeded.planId}/calendar?today=2024-10-01`)).json() as Calendar;
    const projects = c.entries.filter((e) => e.targetId === seeded.projects.id);
    expect(projects.map((e) => e.period).slice(0, 2)).toEqual(['2024-02', '2024-03']);
    expect(projects.find((e) => e.period === '2024-09')).toMatchObject({
      dueDate: '2024-09-25',
      state: 'submitted',
    });
    expect(projects.find((e) => e.period === '2024-08')?.state).toBe('missing');
    expect(projects.find((e) => e.period === '2024-10')?.state).toBe('due');
  });

  it('on a past day ignores reports submitted after it and counts overdue days to that day', async () => {
    const created = await reporter.send('POST', `/api/targets/${seeded.projects.id}/progress`, {
      period: '2024-08',
      value: 8,
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: number }).id;
    expect((await reporter.send('POST', `/api/progress/${id}/submit`, {})).statusCode).toBe(200);
    const august = async (today: string) =>
      (
        (await admin.get(`/api/plans/${seeded.planId}/calendar?today=${today}`)).json() as Calendar
      ).entries.find((e) => e.targetId === seeded.projects.id && e.period === '2024-08');
    // submitted now (after 2024), so on 2024-10-01 it was still missing: 2024-08-25 → 10-01 is 37 days
    expect(await august('2024-10-01')).toMatchObject({
      state: 'missing',
      submittedOn: null,
      daysOverdue: 37,
    });
    expect((await august('2099-01-01'))?.state).toBe('late');
  });

  it('sets a quarterly override for GDP and a new plan rule, with version checks', async () => {
    const put = await admin.send('PUT', `/api/plans/${seeded.planId}/reporting/targets/${seeded.gdp.id}`, {
      rule: { cadence: 'quarter', dueDay: 'last', monthOffset: 0 },
    });
    expect(put.statusCode).toBe(200);
    const c = (await admin.get(`/api/plans/${seeded.planId}/calendar?today=2024-10-20`)).json() as Calendar;
    const gdp = c.entries.filter((e) => e.targetId === seeded.gdp.id);
    expect(gdp.map((e) => [e.period, e.dueDate, e.state])).toEqual([
      ['2024-Q1', '2024-03-31', 'missing'],
      ['2024-Q2', '2024-06-30', 'missing'],
      ['2024-Q3', '2024-09-30', 'late'],
      ['2024-Q4', '2024-12-31', 'upcoming'],
    ]);
    const rule = { cadence: 'month', dueDay: 5, monthOffset: 1 };
    expect(
      (await admin.send('PUT', `/api/plans/${seeded.planId}/reporting`, { rule, version: 0 })).json(),
    ).toMatchObject({ rule, version: 1 });
    expect(
      (await admin.send('PUT', `/api/plans/${seeded.planId}/reporting`, { rule, version: 0 })).statusCode,
    ).toBe(409);
  });

  it('shows a reporter only its own department', async () => {
    const c = (await reporter.get(`/api/plans/${seeded.planId}/calendar`)).json() as Calendar;
    const dept = seeded.leadOf.get(seeded.projects.id)!;
    expect(c.entries.every((e) => e.departmentId === dept)).toBe(true);
    expect(
      (
        await reporter.send('PUT', `/api/plans/${seeded.planId}/reporting`, {
          rule: { cadence: 'year', dueDay: 5 },
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it.each([
    [{ rule: { cadence: 'week', dueDay: 25 }, version: 1 }, 400],
    [{ rule: { cadence: 'month', dueDay: 32 }, version: 1 }, 400],
  ])('refuses %j', async (body, status) => {
    expect((await admin.send('PUT', `/api/plans/${seeded.planId}/reporting`, body)).statusCode).toBe(status);
  });
});
