// POST /api/departments without a regionId: the unit goes to the region the plans are of; once plans of
// several regions exist the caller must name it (400, nothing written), and a named region is honoured.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { Department } from '../../shared/api/departments';
import type { ImportResult } from '../../shared/api/imports';
import type { PlanSummary } from '../../shared/api/plans';
import { departments } from '../../storage/schema';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signIn(t, { role: 'admin' });
});
afterAll(async () => {
  await t?.close();
});

function report(place: string, level: string): string {
  return `${place}人民政府工作报告
——2026年1月6日在${place}第九届人民代表大会第五次会议上

各位代表:
现在,我代表${level}人民政府,向大会报告工作,请予审议。

一、2025年工作回顾
过去一年,全年地区生产总值增长6.2%。

二、2026年主要目标任务
2026年经济社会发展的主要预期目标是:地区生产总值增长6%左右。
`;
}

async function importReport(place: string, level: string): Promise<ImportResult> {
  const m = multipartBody({ name: `${place}.txt`, content: report(place, level), type: 'text/plain' });
  const res = await admin.send('POST', '/api/imports', m.payload, m.headers);
  expect(res.statusCode).toBe(201);
  return res.json() as ImportResult;
}

const rows = async () => (await t.database.db.select({ n: count() }).from(departments))[0]!.n;
const create = (body: object) => admin.send('POST', '/api/departments', body);

describe('POST /api/departments', () => {
  it('files a unit under the region of the plans when they are all of one region, a city too', async () => {
    await importReport('澄江市', '市');
    const plans = (await admin.get('/api/plans')).json() as PlanSummary[];
    const res = await create({ name: '市数据局' });
    expect(res.statusCode).toBe(201);
    expect((res.json() as Department).regionId).toBe(plans[0]!.region.id);
  });

  it('asks for the region once plans of two regions exist, and writes nothing', async () => {
    await importReport('云溪县', '县');
    const before = await rows();
    const res = await create({ name: '县数据局' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { 'body.regionId': 'required' } },
    });
    expect(await rows()).toBe(before);
  });

  it('honours a named region', async () => {
    const plans = (await admin.get('/api/plans')).json() as PlanSummary[];
    const county = plans.find((p) => p.region.name.endsWith('云溪县'))!;
    const res = await create({ name: '县数据局', regionId: county.region.id });
    expect(res.statusCode).toBe(201);
    expect((res.json() as Department).regionId).toBe(county.region.id);
  });
});
