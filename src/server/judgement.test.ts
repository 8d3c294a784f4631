// Judgement inputs through the API (src/server/judgement.ts → src/domain/judge): the good direction read from
// the indicator (失业率 lower is better), targets written as a fall (下降), the 督查 reviewer's verdict on a
// qualitative target, and 双过半 counted by the dashboard's roll-up. Each test fails without its input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, startTestApp, type TestApp } from '../../test/helpers/app';
import type { Dashboard } from '../shared/api/dashboard';
import type { ProgressReport } from '../shared/api/progress';
import type { Target } from '../shared/api/targets';
import { seedFirstStart } from './seed';

let t: TestApp;
let admin: Client;
let planId: number;

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedFirstStart(t.database.db);
  planId = seeded.importedPlanId!;
  admin = await loginSeededAdmin(t, seeded);
});
afterAll(async () => {
  await t?.close();
});

async function targets(asOf = '2024-06-30'): Promise<Target[]> {
  return (await admin.get(`/api/plans/${planId}/targets?asOf=${asOf}`)).json() as Target[];
}

async function byIndicator(words: string): Promise<Target> {
  const found = (await targets()).find((x) => x.indicator.includes(words));
  if (!found) throw new Error(`no target with ${words}`);
  return found;
}

/** Files, submits and approves a report (the approval may carry a verdict); returns the approval answer. */
async function approvedReport(targetId: number, body: Record<string, unknown>, verdict?: string) {
  const created = (
    await admin.send('POST', `/api/targets/${targetId}/progress`, {
      period: '2024-06',
      ...body,
    })
  ).json() as ProgressReport;
  await admin.send('POST', `/api/progress/${created.id}/submit`, {});
  return admin.send('POST', `/api/progress/${created.id}/approve`, verdict ? { verdict } : {});
}

/** Adds a target a person selected in the draft's text. */
async function addTarget(body: Record<string, unknown>): Promise<Target> {
  const res = await admin.send('POST', `/api/plans/${planId}/targets`, { start: 0, end: 10, ...body });
  expect(res.statusCode).toBe(201);
  return res.json() as Target;
}

describe('judgement inputs', () => {
  it('reads a 失业率 below its 左右 figure as on track: lower is better for an unemployment rate', async () => {
    const rate = await byIndicator('失业率');
    expect(rate).toMatchObject({ comparator: '~', value: 5.4, unit: '%' });
    expect((await approvedReport(rate.id, { value: 4.6 })).statusCode).toBe(200);
    const judged = await byIndicator('失业率');
    expect(judged.judgement).toMatchObject({ status: 'on_track', colour: 'green' });
    expect(judged.judgement.gap).toBeGreaterThan(0);
  });

  it('judges a 下降 target on the fall as written: a larger fall than required is on track', async () => {
    const energy = await addTarget({
      indicator: '单位地区生产总值能耗下降',
      comparator: '>=',
      value: 3,
      unit: '%',
      type: 'growth',
    });
    await approvedReport(energy.id, { yoy: 3.5 });
    const judged = await byIndicator('能耗下降');
    expect(judged.judgement.status).toBe('on_track');
    expect(judged.judgement.sentenceZh).toContain('下降3.5%');
  });

  it('judges a qualitative target by the reviewer’s verdict given on approval', async () => {
    const reform = await addTarget({
      indicator: '深化国有企业改革',
      comparator: '=',
      value: null,
      unit: '',
      kind: 'qualitative',
    });
    expect(reform.judgement.status).toBe('no_data');
    const approved = await approvedReport(reform.id, { progress: '方案已起草,尚未印发。' }, 'lagging');
    expect(approved.json()).toMatchObject({ status: 'approved', verdict: 'lagging' });
    const judged = await byIndicator('深化国有企业改革');
    expect(judged.judgement).toMatchObject({ status: 'behind', sentenceZh: '督查认定:滞后' });
  });

  it('refuses a verdict on a quantified target and leaves the report submitted', async () => {
    const gdp = await byIndicator('地区生产总值');
    const res = await approvedReport(gdp.id, { yoy: 7.6 }, 'done');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const queue = (await admin.get(`/api/progress?status=submitted&targetId=${gdp.id}`)).json() as unknown[];
    expect(queue).toHaveLength(1);
  });

  it('counts 双过半 at mid-year in the dashboard: one amount at half its target, one short of it', async () => {
    const projects = await byIndicator('引进亿元以上的项目');
    const exporters = await byIndicator('外贸出口企业');
    await approvedReport(projects.id, { value: projects.value! / 2 });
    await approvedReport(exporters.id, { value: 5 });
    const judged = await byIndicator('引进亿元以上的项目');
    expect(judged.judgement.doubleHalf).toBe(true);
    const dashboard = (await admin.get(`/api/plans/${planId}/dashboard?asOf=2024-06-30`)).json() as Dashboard;
    expect(dashboard.doubleHalf).toEqual({ checked: 2, met: 1 });
  });

  it('judges a plan read after its year at that year’s end, and before it at its start', async () => {
    // Targets nobody has reported on are judged as of the day asked, and the day's period shows in their
    // judgement; a day after the plan's year is its December, a day before it its January.
    const judgements = async (asOf: string) =>
      (await targets(asOf)).filter((x) => x.latest === null).map((x) => [x.id, x.judgement]);
    const december = await judgements('2024-12-31');
    expect(december.length).toBeGreaterThan(0);
    expect(december).not.toEqual(await judgements('2024-11-30'));
    expect(await judgements('2026-11-24')).toEqual(december);
    const january = await judgements('2024-01-31');
    expect(january).not.toEqual(await judgements('2024-02-29'));
    expect(await judgements('2023-05-01')).toEqual(january);
  });
});
