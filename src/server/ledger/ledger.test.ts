// The 分解表/台账 import through app.inject(): the plan's own export, edited in Excel, comes back as a preview
// (bad rows with row numbers, rows naming no task) and, when confirmed, only the good rows are imported.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipartBody, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import type { LedgerPreview } from '../../shared/api/supervision';
import type { Target } from '../../shared/api/targets';

let t: TestApp;
let admin: Client;
let seeded: SeededPlan;
let edited: Buffer;
// Derived from the plan's own export, so the test holds however many targets the extractor finds.
let gdpRow: number;
let clearedRow: number;
let foreignRow: number;
let unassignedRows: number[];
let dataRows: number;

const upload = (url: string, content: Uint8Array, name = 'ledger.xlsx', client = admin) => {
  const body = multipartBody({ name, content });
  return t.app.inject({
    method: 'POST',
    url,
    cookies: client.cookies,
    headers: { 'x-csrf-token': client.csrf, ...body.headers },
    payload: body.payload,
  });
};

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin' });
  const exported = await admin.get(`/api/plans/${seeded.planId}/export/xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: { n: number; task: string; lead: string }[] = [];
  ws.eachRow((r, n) => {
    if (n > 2)
      rows.push({ n, task: String(r.getCell('C').value ?? ''), lead: String(r.getCell('F').value ?? '') });
  });
  dataRows = rows.length;
  // Rows whose target has no lead unit yet are bad rows of the export itself.
  unassignedRows = rows.filter((r) => r.lead === '').map((r) => r.n);
  const assigned = rows.filter((r) => r.lead !== '');
  gdpRow = rows.find((r) => r.task.replace(/\s+/g, '').startsWith('地区生产总值增长'))!.n;
  const others = assigned.filter((r) => r.n !== gdpRow);
  clearedRow = others[0]!.n;
  foreignRow = others[1]!.n;
  // GDP: a new lead unit and a leader; one row loses its lead unit (bad); one names a task of another plan.
  ws.getCell(`F${gdpRow}`).value = '县数据局';
  ws.getCell(`E${gdpRow}`).value = '王副县长';
  ws.getCell(`F${clearedRow}`).value = '';
  ws.getCell(`C${foreignRow}`).value = '建设一座跨海大桥';
  edited = Buffer.from(await wb.xlsx.writeBuffer());
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const gdpTarget = async () => (await admin.get(`/api/targets/${seeded.gdp.id}`)).json() as Target;

describe('ledger import', () => {
  it('previews: good rows linked to targets, the bad row with its number, the unknown task; stores nothing', async () => {
    const res = await upload(`/api/plans/${seeded.planId}/ledger`, edited);
    expect(res.statusCode).toBe(200);
    const p = res.json() as LedgerPreview;
    const bad = [...unassignedRows, clearedRow].sort((a, b) => a - b);
    expect(p.badRows.map((b) => b.row)).toEqual(bad);
    expect(p.badRows.every((b) => /牵头单位/.test(b.errors[0]!.message))).toBe(true);
    expect(p.unmatchedRows).toEqual([{ row: foreignRow, task: '建设一座跨海大桥' }]);
    expect(p.goodRows).toHaveLength(dataRows - bad.length - 1);
    const gdp = p.goodRows.find((r) => r.row === gdpRow)!;
    expect(gdp).toMatchObject({
      targetIds: [seeded.gdp.id],
      leadUnit: '县数据局',
      newDepartments: ['县数据局'],
    });
    expect(p.goodRows.every((r) => r.targetIds.length >= 1)).toBe(true);
    expect((await gdpTarget()).assignment?.lead?.name).toBe('发展和改革局');
  });

  it('imports only the good rows when confirmed, in one transaction', async () => {
    const res = await upload(`/api/plans/${seeded.planId}/ledger/confirm`, edited);
    expect(res.statusCode).toBe(200);
    const bad = [...unassignedRows, clearedRow];
    expect(res.json()).toMatchObject({
      importedRows: dataRows - bad.length - 1,
      createdDepartments: ['县数据局'],
      skippedRows: [...bad, foreignRow].sort((a, b) => a - b),
    });
    const gdp = await gdpTarget();
    expect(gdp.assignment).toMatchObject({
      lead: { name: '县数据局' },
      leadLeader: '王副县长',
      suggested: false,
    });
  });

  it('reports the bad rows of a foreign two-level table and links none of its tasks', async () => {
    const res = await upload(
      `/api/plans/${seeded.planId}/ledger`,
      readFileSync('fixtures/ledger-table.xlsx'),
    );
    const p = res.json() as LedgerPreview;
    expect(p.badRows.map((b) => b.row)).toEqual([6, 7, 8, 9]);
  });

  it.each([
    [
      'a .xls file',
      () => upload(`/api/plans/${seeded.planId}/ledger`, edited, 'old.xls'),
      415,
      'UNSUPPORTED_FILE',
    ],
    [
      'a text file named .xlsx',
      () => upload(`/api/plans/${seeded.planId}/ledger`, Buffer.from('hello')),
      415,
      'UNSUPPORTED_FILE',
    ],
    ['an unknown plan', () => upload('/api/plans/9999/ledger', edited), 404, 'NOT_FOUND'],
    [
      'a JSON body',
      () => admin.send('POST', `/api/plans/${seeded.planId}/ledger`, { a: 1 }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('refuses %s', async (_name, call, status, code) => {
    const res = await call();
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
  });
});
