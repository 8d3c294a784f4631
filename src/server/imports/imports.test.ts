// Imports of made-up reports of other places through the API: the region (and its city) and the year come
// from each report's own text, never from a known place; a masthead-only city is flagged for checking.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { legacyFiles } from '../../../test/helpers/legacy-files';
import { wordMht } from '../../../test/helpers/web-archive';
import type { ImportResult } from '../../shared/api/imports';
import type { PlanDetail } from '../../shared/api/plans';
import type { TargetListItem } from '../../shared/api/targets';
import { listDepartments } from '../../storage/repos';
import { auditEvents, plans, regions } from '../../storage/schema';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signIn(t, { role: 'admin' });
});
afterAll(async () => {
  await t?.close();
});

/** A short report: a head (title, congress line…), a review and this year's targets. */
function report(head: string, year: number): string {
  return `${head}

各位代表:
现在,我代表人民政府,向大会报告工作,请予审议。

一、${year - 1}年工作回顾
过去一年,全年地区生产总值增长6.2%,一般公共预算收入增长5.1%。

二、${year}年主要目标任务
${year}年经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内,新增城镇就业2000人以上。
`;
}

async function upload(name: string, text: string, fields: Record<string, string> = {}) {
  const m = multipartBody({ name, content: text, type: 'text/plain' }, fields);
  return admin.send('POST', '/api/imports', m.payload, m.headers);
}

describe('region and year of an imported report', () => {
  it.each([
    [
      'a county of a city in another province',
      `${2025}年云溪县人民政府工作报告\n——2025年1月8日在青岚市云溪县第十七届人民代表大会第三次会议上`,
      2025,
      '青岚市云溪县',
    ],
    [
      'a city',
      '澄江市人民政府工作报告\n——二〇二六年一月六日在澄江市第九届人民代表大会第五次会议上',
      2026,
      '澄江市',
    ],
    ['a county named only in the title', '2025年白岭县人民政府工作报告\n县长 林远山', 2025, '白岭县'],
  ])('reads %s', async (_what, head, year, region) => {
    const res = await upload(`${region}.txt`, report(head, year));
    expect(res.statusCode).toBe(201);
    const result = res.json() as ImportResult;
    expect(result.summary).toMatchObject({ region, year });
    expect(result.warnings.map((w) => w.code)).not.toContain('region_from_masthead');
  });

  it('takes the city from a masthead only as a hint, and says so', async () => {
    const head =
      '松州日报\n\n——松川区第五届人民代表大会第二次会议政府工作报告摘要\n主要指标居全市前列,松州工匠品牌叫响。';
    const res = await upload('songchuan.txt', report(head, 2025));
    expect(res.statusCode).toBe(201);
    const result = res.json() as ImportResult;
    expect(result.summary.region).toBe('松州市松川区');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'region_from_masthead' }));
  });

  it('asks for the region when the report names none, and takes the one given', async () => {
    const text = report('政府工作报告', 2025);
    const refused = await upload('anonymous.txt', text);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const regions = (await admin.get('/api/regions')).json() as { id: number; name: string }[];
    const given = regions.find((r) => r.name === '澄江市')!;
    const res = await upload('anonymous.txt', text, { regionId: String(given.id) });
    expect(res.statusCode).toBe(201);
    expect((res.json() as ImportResult).summary.region).toBe('澄江市');
  });
});

/** Rows of the tables an import writes, to show that a refused one wrote nothing. */
async function rowCounts() {
  const db = t.database.db;
  const [r] = await db.select({ n: count() }).from(regions);
  const [p] = await db.select({ n: count() }).from(plans);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return { regions: r!.n, plans: p!.n, audit: a!.n };
}

describe('the national report and regions named with the upload', () => {
  const national = (year: number, session: string) =>
    report(
      `政府工作报告\n\n——${year}年3月5日在第十五届全国人民代表大会第${session}次会议上\n\n国务院总理`,
      year,
    );

  it('reads the national report as the region 全国 at the national level, audited', async () => {
    const res = await upload('national.txt', national(2028, '一'));
    expect(res.statusCode).toBe(201);
    expect((res.json() as ImportResult).summary).toMatchObject({ region: '全国', year: 2028 });
    const listed = (await admin.get('/api/regions')).json() as {
      name: string;
      level: string;
      parentId: null;
    }[];
    expect(listed).toContainEqual(
      expect.objectContaining({ name: '全国', level: 'national', parentId: null }),
    );
    const [row] = await t.database.db.select().from(regions).where(eq(regions.name, '全国'));
    const created = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row!.id));
    expect(created.map((e) => [e.action, e.entity])).toContainEqual(['create', 'region']);
    const planId = (res.json() as ImportResult).draftPlanId;
    const review = (await admin.get(`/api/plans/${planId}/review`)).json() as { title: string };
    expect(review.title).toBe('2028年《政府工作报告》目标任务完成情况');
    const bulletin = (await admin.get(`/api/plans/${planId}/bulletins/preview?period=2028-Q1`)).json() as {
      issuer: string;
    };
    expect(bulletin.issuer).toBe('国务院办公厅督查室');
    const next = await upload('national-2029.txt', national(2029, '二'));
    expect((next.json() as ImportResult).summary).toMatchObject({ region: '全国', year: 2029 });
  });

  it('suggests no county units as leads for a national or provincial plan, and says to assign by hand', async () => {
    const db = t.database.db;
    const leads = async (planId: number) =>
      ((await admin.get(`/api/plans/${planId}/targets`)).json() as TargetListItem[]).map(
        (x) => x.assignment?.lead?.name ?? null,
      );
    const cases = [
      [await upload('national-2030.txt', national(2030, '三')), '全国', '国家'],
      [await upload('province.txt', report('政府工作报告', 2025), { region: '北川省' }), '北川省', '省级'],
    ] as const;
    for (const [res, region, level] of cases) {
      expect(res.statusCode).toBe(201);
      const result = res.json() as ImportResult;
      expect(result.summary).toMatchObject({ region, suggestedLeads: 0 });
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          code: 'no_department_list',
          message: expect.stringContaining(
            `${level}暂无部门清单,未自动指派牵头单位,请在“部门”中添加本级部门后手动指派`,
          ),
        }),
      );
      const planned = await leads(result.draftPlanId);
      expect(planned.length).toBeGreaterThan(0);
      expect(planned.every((lead) => lead === null)).toBe(true);
      const [row] = await db.select().from(regions).where(eq(regions.name, region));
      expect(await listDepartments(db, row!.id)).toEqual([]);
      // The plan keeps the notice, so the review page shows it after the upload too.
      const plan = (await admin.get(`/api/plans/${result.draftPlanId}`)).json() as PlanDetail;
      expect(plan.warnings.map((w) => w.code)).toContain('no_department_list');
    }
    // A county's plan still gets the county list and its suggestions (县 units make sense there).
    const county = (
      await upload('county.txt', report('2025年青禾县人民政府工作报告', 2025))
    ).json() as ImportResult;
    expect(county.summary.suggestedLeads).toBeGreaterThan(0);
    expect(county.warnings.map((w) => w.code)).not.toContain('no_department_list');
    expect((await leads(county.draftPlanId)).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('creates a region named with the upload, its level given or told by the name', async () => {
    const text = report('政府工作报告', 2025);
    const named = await upload('a.txt', text, { region: '北岭', level: 'county' });
    expect(named.statusCode).toBe(201);
    expect((named.json() as ImportResult).summary.region).toBe('北岭');
    const byName = await upload('b.txt', report('政府工作报告\n各位代表', 2025), { region: '南岭县' });
    expect(byName.statusCode).toBe(201);
    const listed = (await admin.get('/api/regions')).json() as { name: string; level: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ name: '北岭', level: 'county' }));
    expect(listed).toContainEqual(expect.objectContaining({ name: '南岭县', level: 'county' }));
    const again = await upload('c.txt', report('政府工作报告\n\n各位代表', 2026), { region: '北岭' });
    expect(again.statusCode).toBe(201);
    expect(listed.filter((r) => r.name === '北岭')).toHaveLength(1);
  });

  it.each([
    ['no place in the report and no region given', {}, 'region'],
    ['a new region whose name tells no level', { region: '西岭' }, 'level'],
    ['an existing region with another level', { region: '澄江市', level: 'county' }, 'level'],
    ['a level without a region', { level: 'national' }, 'level'],
    ['both regionId and region', { regionId: '1', region: '西岭' }, 'region'],
    ['an unknown level', { region: '西岭', level: 'galaxy' }, 'level'],
  ])('refuses %s with 400 and writes nothing', async (_what, fields, field) => {
    const before = await rowCounts();
    const res = await upload('anonymous.txt', report('政府工作报告\n县长', 2027), fields);
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; message: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields ?? {}).join(' ') + body.error.message).toContain(field);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('uploads that are not a report in a readable format', () => {
  const send = (name: string, content: Uint8Array) => {
    const m = multipartBody({ name, content });
    return admin.send('POST', '/api/imports', m.payload, m.headers);
  };

  it.each(Object.entries(legacyFiles))(
    'refuses a %s file with 415, a message naming it and what to do, and writes nothing',
    async (_kind, file) => {
      const before = await rowCounts();
      // Under its own name, and renamed to an extension the upload accepts: the content decides.
      for (const name of [file.name, file.name.replace(/\.\w+$/, '.docx')]) {
        const res = await send(name, file.bytes);
        expect(res.statusCode).toBe(415);
        const body = res.json() as { error: { code: string; message: string } };
        expect(body.error.code).toBe('UNSUPPORTED_FILE');
        expect(body.error.message).toMatch(file.says);
        expect(body.error.message).not.toContain('\n');
      }
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('names the extension of another file it cannot read', async () => {
    const res = await send('notes.md5', new TextEncoder().encode('d41d8cd98f00b204e9800998ecf8427e'));
    expect(res.statusCode).toBe(415);
    expect((res.json() as { error: { message: string } }).error.message).toMatch(/不支持\.md5 文件/);
  });

  it('reads a web archive (.mht) and a web page Word saved under a .doc name', async () => {
    const head = (county: string) =>
      `2025年${county}人民政府工作报告\n——2025年1月10日在${county}第十八届人民代表大会第五次会议上`;
    const page = (county: string) =>
      `<html><body>${report(head(county), 2025)
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}</body></html>`;
    const mht = await send('报告.mht', wordMht(page('竹溪县')));
    expect(mht.statusCode).toBe(201);
    expect((mht.json() as ImportResult).summary).toMatchObject({ region: '竹溪县', year: 2025 });
    const doc = await send('报告.doc', new TextEncoder().encode(page('桐溪县')));
    expect(doc.statusCode).toBe(201);
    expect((doc.json() as ImportResult).summary).toMatchObject({ region: '桐溪县', year: 2025 });
  });

  it('reads a Word .docx saved under a .doc name by its content', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const text = report(
      '2025年石门县人民政府工作报告\n——2025年1月9日在石门县第十八届人民代表大会第五次会议上',
      2025,
    );
    const doc = new Document({
      sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }],
    });
    const res = await send('石门县报告.doc', new Uint8Array(await Packer.toBuffer(doc)));
    expect(res.statusCode).toBe(201);
    expect((res.json() as ImportResult).summary).toMatchObject({ region: '石门县', year: 2025 });
  });
});
