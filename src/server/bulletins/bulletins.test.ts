// 通报, year-end review, exports and the ambition check through app.inject() on the seeded Heshan plan
// (PGlite, and PostgreSQL in the second pass of scripts/test.mjs). Generated files are read back.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import type { BulletinView } from '../../shared/api/supervision';

let t: TestApp;

/** The two names of an attachment: `filename="…"` (ASCII) and RFC 5987 `filename*=UTF-8''…`, decoded. */
function downloadName(header: unknown): { ascii: string; utf8: string } {
  const m = /^attachment; filename="([\x20-\x7e]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+)$/.exec(
    String(header),
  );
  if (!m) throw new Error(`not an RFC 5987 attachment: ${String(header)}`);
  return { ascii: m[1]!, utf8: decodeURIComponent(m[2]!) };
}
let admin: Client;
let leader: Client;
let reporter: Client;
let seeded: SeededPlan;

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin' });
  leader = await signIn(t, { role: 'leader' });
  const dept = seeded.leadOf.get(seeded.gdp.id)!;
  reporter = await signIn(t, { role: 'reporter', departmentId: dept });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('通报', () => {
  it('previews a period with counts, the lagging list in report wording and a ranking', async () => {
    const res = await leader.get(
      `/api/plans/${seeded.planId}/bulletins/preview?period=2024-Q3&date=2024-10-20`,
    );
    expect(res.statusCode).toBe(200);
    const b = res.json() as BulletinView;
    expect(b).toMatchObject({ id: null, period: '2024-Q3', docNumber: '督查通报〔2024〕1号' });
    expect(b.title).toBe('关于2024年前三季度《政府工作报告》目标任务推进情况的通报');
    expect(b.counts.find((c) => c.status === 'behind')?.count).toBe(2);
    expect(b.lagging.map((l) => l.targetId)).toEqual(
      expect.arrayContaining([seeded.gdp.id, seeded.projects.id]),
    );
    expect(b.lagging.find((l) => l.targetId === seeded.gdp.id)?.sentence).toMatch(
      /增长6\.1%,低于目标1\.4个百分点/,
    );
    expect(b.ranking.length).toBeGreaterThan(3);
  });

  it('publishes with consecutive 文号, lists them, and serves the .docx', async () => {
    const first = await admin.send('POST', `/api/plans/${seeded.planId}/bulletins`, {
      period: '2024-Q3',
      issuedOn: '2024-10-20',
    });
    const second = await admin.send('POST', `/api/plans/${seeded.planId}/bulletins`, {
      period: '2024-H1',
      issuedOn: '2024-07-20',
    });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect((second.json() as BulletinView).docNumber).toBe('督查通报〔2024〕2号');
    const list = (await reporter.get(`/api/plans/${seeded.planId}/bulletins`)).json() as BulletinView[];
    expect(list.map((b) => b.docNumber)).toEqual(['督查通报〔2024〕1号', '督查通报〔2024〕2号']);
    const id = (first.json() as BulletinView).id!;
    expect(((await leader.get(`/api/bulletins/${id}`)).json() as BulletinView).period).toBe('2024-Q3');
    const file = await leader.get(`/api/bulletins/${id}/file`);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    // Named by its 文号, issuer (the region) and title; an ASCII name for clients without RFC 5987.
    const region = ((await leader.get(`/api/plans/${seeded.planId}`)).json() as { region: { name: string } })
      .region.name;
    expect(downloadName(file.headers['content-disposition'])).toEqual({
      ascii: 'bulletin-2024-1.docx',
      utf8: `督查通报〔2024〕1号 ${region}人民政府督查室关于2024年前三季度《政府工作报告》目标任务推进情况的通报.docx`,
    });
    const text = (await mammoth.extractRawText({ buffer: file.rawPayload })).value;
    expect(text).toContain('督查通报〔2024〕1号');
    expect(text).toContain('低于目标1.4个百分点');
  });

  it.each([
    [
      'a reporter publishing',
      () => reporter.send('POST', `/api/plans/${seeded.planId}/bulletins`, { period: '2024-Q3' }),
      403,
      'FORBIDDEN',
    ],
    [
      'a malformed period',
      () => admin.send('POST', `/api/plans/${seeded.planId}/bulletins`, { period: '2024-Q9' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a period outside the plan year',
      () => admin.get(`/api/plans/${seeded.planId}/bulletins/preview?period=2023-Q3`),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown plan',
      () => admin.get('/api/plans/9999/bulletins/preview?period=2024-Q3'),
      404,
      'NOT_FOUND',
    ],
    ['an unknown bulletin', () => admin.get('/api/bulletins/9999'), 404, 'NOT_FOUND'],
  ])('refuses %s', async (_name, call, status, code) => {
    const res = await call();
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
  });
});

describe('year-end review and exports', () => {
  it('writes the review in report style from the approved full-year figures', async () => {
    const r = (await reporter.get(`/api/plans/${seeded.planId}/review`)).json() as {
      opening: string;
      areas: Array<{ paragraph: string }>;
      table: Array<{ indicator: string; actualText: string; met: boolean | null }>;
    };
    expect(r.areas.map((a) => a.paragraph).join('')).toContain(
      '预计全年地区生产总值增长7.8%,高于年度目标0.3个百分点',
    );
    expect(r.table.find((x) => x.indicator === seeded.gdp.indicator)).toMatchObject({
      actualText: '预计7.8%',
      met: true,
    });
  });

  it('says which targets nobody reported on and counts them apart, not as met or judged', async () => {
    const r = (await leader.get(`/api/plans/${seeded.planId}/review`)).json() as {
      opening: string;
      table: Array<{ planText: string; resultText: string; met: boolean | null }>;
      numeric: number;
      met: number;
      unreported: number;
    };
    const silent = r.table.filter((x) => x.resultText === '未报送进展');
    expect(r.unreported).toBeGreaterThan(0);
    expect(silent.filter((x) => x.planText !== '—')).toHaveLength(r.unreported);
    expect(silent.every((x) => x.met === null)).toBe(true);
    expect(r.numeric).toBe(r.table.filter((x) => x.planText !== '—' && x.met !== null).length);
    expect(r.opening).toContain(`另有${r.unreported}项量化指标未报送进展`);
  });

  it('says what a target reported for part of the year only (1–9月) instead of a dash, without judging it', async () => {
    const r = (await leader.get(`/api/plans/${seeded.planId}/review`)).json() as {
      table: Array<{ indicator: string; actualText: string; resultText: string; met: boolean | null }>;
    };
    expect(r.table.find((x) => x.indicator === seeded.projects.indicator)).toMatchObject({
      actualText: `截至9月 10${seeded.projects.unit} (未报全年)`,
      resultText: `截至9月 ${Number(((10 / seeded.projects.value!) * 100).toFixed(1))}%`,
      met: null,
    });
  });

  it.each([
    ['xlsx', '目标台账.xlsx', 'ledger.xlsx'],
    ['docx', '年度总结.docx', 'review.docx'],
    ['review-txt', '年度总结.txt', 'review.txt'],
    ['csv', '目标清单.csv', 'targets.csv'],
    ['progress-csv', '进展报送记录.csv', 'progress.csv'],
    ['json', '数据.json', 'json'],
    ['stratml', 'StratML.xml', 'stratml.xml'],
  ])(
    'names the %s export by year, region and kind (RFC 5987), with an ASCII fallback',
    async (format, kind, ascii) => {
      const res = await leader.get(`/api/plans/${seeded.planId}/export/${format}`);
      expect(res.statusCode).toBe(200);
      const region = (
        (await leader.get(`/api/plans/${seeded.planId}`)).json() as { region: { name: string } }
      ).region.name;
      expect(downloadName(res.headers['content-disposition'])).toEqual({
        ascii: `plan-${seeded.planId}-2024${ascii === 'json' ? '.json' : `-${ascii}`}`,
        utf8: `2024年${region}政府工作报告${kind}`,
      });
    },
  );

  it('serves the 台账 .xlsx and StratML, and refuses an unknown format', async () => {
    const xlsx = await leader.get(`/api/plans/${seeded.planId}/export/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    // a title row, the header row, then one row per target of the plan (however many the extractor found)
    const targets = (await leader.get(`/api/plans/${seeded.planId}/targets`)).json() as unknown[];
    expect(targets.length).toBeGreaterThan(10);
    expect(wb.worksheets[0]!.rowCount).toBe(targets.length + 2);
    const xml = await leader.get(`/api/plans/${seeded.planId}/export/stratml`);
    expect(xml.body).toContain('<PerformancePlanOrReport');
    expect((await leader.get(`/api/plans/${seeded.planId}/export/pdf`)).statusCode).toBe(400);
    expect((await reporter.get(`/api/plans/${seeded.planId}/export/csv`)).statusCode).toBe(403);
  });
});

describe('ambition check', () => {
  it('flags 造林规模9500亩 against last year’s 营造林规模2.2万亩 on the stored plan', async () => {
    const res = await admin.get(`/api/plans/${seeded.planId}/ambition`);
    expect(res.statusCode).toBe(200);
    const { matches } = res.json() as {
      matches: Array<{ indicator: string; flagged: boolean; baseline: { indicator: string } }>;
    };
    const forest = matches.find((m) => m.indicator.includes('造林规模'));
    expect(forest).toMatchObject({
      flagged: true,
      baseline: { indicator: expect.stringContaining('营造林规模') },
    });
    expect(matches.filter((m) => m.flagged).length).toBeGreaterThanOrEqual(3);
  });
});

describe('通报 and the reviewer’s verdict', () => {
  it('lists a qualitative target the 督查室 judged 滞后 among the lagging items', async () => {
    const list = (await admin.get(`/api/plans/${seeded.planId}/targets`)).json() as {
      id: number;
      type: string;
    }[];
    const qualitative = list.find((x) => x.type === 'qualitative');
    expect(qualitative).toBeDefined();
    const id = qualitative!.id;
    const created = (
      await admin.send('POST', `/api/targets/${id}/progress`, { period: '2024-09', progress: '尚未形成方案' })
    ).json() as { id: number };
    expect((await admin.send('POST', `/api/progress/${created.id}/submit`, {})).statusCode).toBe(200);
    const approved = await admin.send('POST', `/api/progress/${created.id}/approve`, { verdict: 'lagging' });
    expect(approved.statusCode).toBe(200);
    const b = (
      await leader.get(`/api/plans/${seeded.planId}/bulletins/preview?period=2024-Q3&date=2024-10-20`)
    ).json() as BulletinView;
    expect(b.lagging.map((l) => l.targetId)).toContain(id);
  });
});
