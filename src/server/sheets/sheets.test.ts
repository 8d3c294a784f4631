// 督办单 through app.inject(): issue (admin) → respond (the lead department's reporter) → return → respond →
// 办结; visibility by role; refusals; the daily review. PGlite, and PostgreSQL in scripts/test.mjs's second pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import type { Sheet } from '../../shared/api/supervision';

let t: TestApp;
let admin: Client;
let reporter: Client;
let other: Client;
let seeded: SeededPlan;
let sheet: Sheet;

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin', name: '督查室张三' });
  const dept = seeded.leadOf.get(seeded.projects.id)!;
  const otherDept = [...seeded.leadOf.values()].find((d) => d !== dept)!;
  reporter = await signIn(t, { role: 'reporter', departmentId: dept, name: '招商中心李四' });
  other = await signIn(t, { role: 'reporter', departmentId: otherDept });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('督办单 life', () => {
  it('issues a sheet with the escalation colour, reasons, number and response deadline', async () => {
    const res = await admin.send('POST', '/api/sheets', { targetId: seeded.projects.id });
    expect(res.statusCode).toBe(201);
    sheet = res.json() as Sheet;
    expect(sheet).toMatchObject({
      state: 'open',
      colour: 'red',
      colourLabel: '红色督办',
      target: { id: seeded.projects.id },
    });
    expect(sheet.number).toMatch(/^督办〔\d{4}〕1号$/);
    expect(sheet.reasons.join('')).toMatch(/低于|逾期/);
    expect(sheet.responseDeadline > sheet.issuedOn).toBe(true);
    expect(sheet.history.map((h) => h.event)).toEqual(['issued']);
  });

  it('refuses a second open sheet for the same target', async () => {
    const res = await admin.send('POST', '/api/sheets', { targetId: seeded.projects.id, colour: 'blue' });
    expect(res.statusCode).toBe(409);
  });

  it('shows the sheet on the target and in the department’s list, not to another department', async () => {
    const onTarget = (await admin.get(`/api/sheets?targetId=${seeded.projects.id}`)).json() as Sheet[];
    expect(onTarget.map((s) => s.id)).toEqual([sheet.id]);
    expect(((await reporter.get('/api/sheets')).json() as Sheet[]).map((s) => s.id)).toContain(sheet.id);
    expect(((await other.get('/api/sheets')).json() as Sheet[]).map((s) => s.id)).not.toContain(sheet.id);
    expect((await other.get(`/api/sheets/${sheet.id}`)).statusCode).toBe(404);
    expect((await other.send('POST', `/api/sheets/${sheet.id}/respond`, { text: '已整改' })).statusCode).toBe(
      404,
    );
  });

  it('refuses 办结 before a response, and an empty response', async () => {
    const close = await admin.send('POST', `/api/sheets/${sheet.id}/close`, {});
    expect(close.statusCode).toBe(409);
    expect(close.json()).toMatchObject({ error: { code: 'INVALID_STATE' } });
    expect((await reporter.send('POST', `/api/sheets/${sheet.id}/respond`, { text: '   ' })).statusCode).toBe(
      400,
    );
  });

  it('takes the response, returns it with a reason, takes a second one and closes it', async () => {
    const r1 = await reporter.send('POST', `/api/sheets/${sheet.id}/respond`, {
      text: '已召开专题调度会',
      version: 0,
    });
    expect(r1.statusCode).toBe(200);
    expect(r1.json()).toMatchObject({
      state: 'responded',
      response: { text: '已召开专题调度会', by: '招商中心李四' },
    });
    const stale = await reporter.send('POST', `/api/sheets/${sheet.id}/respond`, { text: 'x', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect(
      (await reporter.send('POST', `/api/sheets/${sheet.id}/return`, { reason: '不行' })).statusCode,
    ).toBe(403);
    const back = await admin.send('POST', `/api/sheets/${sheet.id}/return`, {
      reason: '请补充具体整改措施和时限',
    });
    expect(back.json()).toMatchObject({ state: 'open' });
    await reporter.send('POST', `/api/sheets/${sheet.id}/respond`, { text: '已制定整改方案,12月底前完成' });
    const closed = await admin.send('POST', `/api/sheets/${sheet.id}/close`, { note: '整改到位' });
    expect(closed.json()).toMatchObject({ state: 'closed', closedBy: '督查室张三' });
    expect((closed.json() as Sheet).history.map((h) => h.event)).toEqual([
      'issued',
      'responded',
      'returned',
      'responded',
      'closed',
    ]);
  });

  it('issues by hand with a chosen colour and reason, and force-closes without a response', async () => {
    const res = await admin.send('POST', '/api/sheets', {
      targetId: seeded.gdp.id,
      colour: 'blue',
      reason: '请巩固增长势头',
      responseDeadline: '2030-01-10',
    });
    expect(res.json()).toMatchObject({
      colour: 'blue',
      reasons: ['请巩固增长势头'],
      responseDeadline: '2030-01-10',
    });
    const id = (res.json() as Sheet).id;
    const closed = await admin.send('POST', `/api/sheets/${id}/close`, { force: true, note: '目标已完成' });
    expect(closed.json()).toMatchObject({ state: 'closed' });
  });
});

describe('daily review', () => {
  it('issues sheets for targets that deserve one and none twice', async () => {
    const first = (await admin.send('POST', `/api/plans/${seeded.planId}/sheets/review`)).json() as {
      issued: Sheet[];
    };
    expect(first.issued.length).toBeGreaterThan(10);
    const numbers = first.issued.map((s) => s.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const again = (await admin.send('POST', `/api/plans/${seeded.planId}/sheets/review`)).json() as {
      issued: Sheet[];
    };
    expect(again.issued).toEqual([]);
    expect((await reporter.send('POST', `/api/plans/${seeded.planId}/sheets/review`)).statusCode).toBe(403);
  });
});
