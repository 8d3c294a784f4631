// A department's progress report from the plan's own year only, and what the public page then shows of it.
// Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { ProgressReport } from '../../shared/api/progress';
import type { PublicPlan } from '../../shared/api/public';
import type { TargetListItem } from '../../shared/api/targets';
import { periodEnd } from '../../storage/period';
import { createProgress, getProgress, transitionProgress } from '../../storage/repos';
import { auditEvents } from '../../storage/schema';
import { write } from '../../storage/write';
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

describe('the unit of a reported value', () => {
  const report = (targetId: number, value: unknown, unit?: string) =>
    admin.send(
      'POST',
      `/api/targets/${targetId}/progress`,
      { ...body('2024-06'), yoy: null, value, ...(unit === undefined ? {} : { unit }) },
      { 'accept-language': 'zh' },
    );
  let money: TargetListItem;
  beforeAll(async () => {
    const targets = (await admin.get(`/api/plans/${planId}/targets`)).json() as TargetListItem[];
    money = targets.find((x) => x.unit === '亿元' && x.value !== null)!;
  });

  it('converts a magnitude or another unit into the target’s unit', async () => {
    expect((await report(money.id, 3000, '万')).json()).toMatchObject({ value: 0.3 });
    expect((await report(money.id, 3000, '万元')).json()).toMatchObject({ value: 0.3 });
    expect((await report(money.id, 3.5, '亿')).json()).toMatchObject({ value: 3.5 });
    expect((await report(money.id, 1234, '')).json()).toMatchObject({ value: 1234 });
  });

  it('refuses a unit that cannot be converted, or a value sent as text, and stores nothing', async () => {
    const before = ((await admin.get(`/api/progress?targetId=${money.id}`)).json() as unknown[]).length;
    const percent = await report(money.id, 12, '%');
    expect(percent.statusCode).toBe(422);
    expect(percent.json().error).toMatchObject({
      code: 'UNIT_MISMATCH',
      message: '数值单位“%”与目标单位“亿元”不一致,无法换算;请按亿元填写数值。',
    });
    const magnitude = await report(gdp.id, 12, '万');
    expect(magnitude.statusCode).toBe(422);
    expect(magnitude.json().error.message).toBe('“万”不能用于单位为“%”的目标,请直接按%填写数值。');
    const text = await report(money.id, '12万');
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'body.value': expect.any(String) },
    });
    expect(((await admin.get(`/api/progress?targetId=${money.id}`)).json() as unknown[]).length).toBe(before);
  });
});

describe('a report filed before the period check existed', () => {
  /** A submitted report of another year than the plan's, written past the API as an older version did. */
  const legacyReport = (period: string) =>
    write(t.database.db, { userId: null }, async (tx, audit) => {
      const row = await createProgress(
        tx,
        audit,
        gdp.id,
        { ...body(period), periodEnd: periodEnd(period)!, stage: null },
        null,
      );
      return transitionProgress(tx, audit, row.id, 'submit', null, {});
    });
  const auditRows = async () => (await t.database.db.select({ id: auditEvents.id }).from(auditEvents)).length;

  it('is refused on approval with the period and the plan year named, and nothing is written', async () => {
    const legacy = await legacyReport('2023-12');
    const audits = await auditRows();
    const res = await admin.send('POST', `/api/progress/${legacy.id}/approve`, { version: legacy.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().error.message).toBe(
      '报告期 2023-12 不在本计划年度(2024年)内。不能审核通过,请退回部门更正报告期。',
    );
    expect(await getProgress(t.database.db, legacy.id)).toMatchObject({
      status: 'submitted',
      version: legacy.version,
    });
    expect(await auditRows()).toBe(audits);
    const en = await admin.send(
      'POST',
      `/api/progress/${legacy.id}/approve`,
      {},
      { 'accept-language': 'en' },
    );
    expect(en.json().error.message).toContain('(2024)');
    // Returning it stays possible, so the department can correct the period.
    const returned = await admin.send('POST', `/api/progress/${legacy.id}/return`, { reason: '报告期有误' });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    // Sending it back unchanged is refused too, until the period is corrected.
    const resent = await admin.send('POST', `/api/progress/${legacy.id}/submit`, {});
    expect(resent.statusCode).toBe(400);
    expect(resent.json().error.message).toContain('请先更正报告期再提交');
  });
});

describe('the public page', () => {
  it('shows the approved 同比 of a growth target, and nothing of a report not yet approved', async () => {
    expect((await admin.send('POST', `/api/plans/${planId}/confirm`, {})).statusCode).toBe(200);
    expect((await admin.send('POST', `/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
    const draft = ((await reporter.get(`/api/progress?targetId=${gdp.id}`)).json() as ProgressReport[]).find(
      (r) => r.period === '2024-06',
    );
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
