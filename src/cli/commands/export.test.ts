// `duban export` and `duban bulletin` against a temporary PGlite data folder; every generated file is read back
// (exceljs, mammoth, XML and CSV text) and checked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import { openDatabase } from '../../storage/db';
import { run as bulletin } from './bulletin';
import { run as exportCmd } from './export';

let dir: string;
let seeded: SeededPlan;
let stderr: string[];
// The commands honour DATABASE_URL; these tests use a PGlite folder (--data), also in the PostgreSQL pass.
const databaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  dir = mkdtempSync(join(tmpdir(), 'duban-export-'));
  const database = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    seeded = await seedSupervisionPlan(database.db);
  } finally {
    await database.close();
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr.push(String(s));
    return true;
  });
}, 60_000);
afterAll(() => {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const data = () => ['--data', join(dir, 'data')];
const out = (name: string) => join(dir, name);
const docText = async (path: string) => (await mammoth.extractRawText({ path })).value;

describe('duban export', () => {
  it('writes the 台账 as .xlsx with one row per target, lead units and statuses', async () => {
    expect(
      await exportCmd(['xlsx', '--plan', String(seeded.planId), '--out', out('l.xlsx'), ...data()]),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('l.xlsx'));
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(2).values as unknown[]).map(String);
    expect(header).toEqual(
      expect.arrayContaining(['序号', '类别', '工作任务', '量化目标', '牵头单位', '状态']),
    );
    const rows: string[][] = [];
    ws.eachRow((r, n) => {
      if (n > 2) rows.push((r.values as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v))));
    });
    expect(rows).toHaveLength(seeded.targetCount);
    expect(seeded.targetCount).toBeGreaterThanOrEqual(42);
    const gdp = rows.find((r) => r[2]?.startsWith('地区生产总值增长'))!;
    expect(gdp).toEqual(expect.arrayContaining(['7.5%', '发展和改革局']));
  });

  it('writes the year-end review as .docx with report sentences and the plan-versus-actual table', async () => {
    expect(
      await exportCmd(['docx', '--plan', String(seeded.planId), '--out', out('r.docx'), ...data()]),
    ).toBe(0);
    const text = await docText(out('r.docx'));
    expect(text).toContain('鹤壁市鹤山区2024年《政府工作报告》目标任务完成情况');
    expect(text).toContain('预计全年地区生产总值增长7.8%,高于年度目标0.3个百分点');
    expect(text).toContain('年度目标完成情况表');
  });

  it('writes CSV with a BOM, JSON with the versioned envelope, and StratML Part 2', async () => {
    const id = String(seeded.planId);
    for (const f of ['csv', 'json', 'stratml']) {
      expect(await exportCmd([f, '--plan', id, '--out', out(`x.${f}`), ...data()])).toBe(0);
    }
    const csv = readFileSync(out('x.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF编号,类别,工作任务')).toBe(true);
    expect(csv).toMatch(/地区生产总值增长,达到,7\.5,%/);
    const json = JSON.parse(readFileSync(out('x.json'), 'utf8')) as {
      format: string;
      targets: unknown[];
      progress: unknown[];
    };
    expect(json.format).toBe('duban-plan-export');
    expect(json.targets).toHaveLength(seeded.targetCount);
    expect(json.progress).toHaveLength(3);
    const xml = readFileSync(out('x.stratml'), 'utf8');
    expect(xml).toContain('<PerformancePlanOrReport');
    expect(xml).toContain('Type="Performance_Report"');
    expect(xml).toContain(`<Identifier>pi-${seeded.gdp.id}</Identifier>`);
  });

  it.each([
    [['pdf', '--plan', '1', '--out', 'x.pdf'], 2, '未知格式'],
    [['xlsx', '--plan', '1'], 2, '缺少 --out'],
    [['xlsx', '--plan', 'abc', '--out', 'x.xlsx'], 2, '--plan'],
    [['xlsx', '--plan', '999', '--out', 'x.xlsx'], 1, '找不到报告 999'],
  ])('refuses %j with exit %i and a one-line message', async (args, code, message) => {
    stderr = [];
    const needsDb = args.includes('999');
    expect(await exportCmd([...args, ...(needsDb ? data() : [])])).toBe(code);
    expect(stderr.join('')).toContain(message);
    expect(stderr.join('')).not.toMatch(/\n\s+at /);
  });
});

describe('duban bulletin', () => {
  it('writes the 通报 .docx with 文号, counts, the lagging list in report wording and the ranking', async () => {
    const args = ['--plan', String(seeded.planId), '--period', '2024-Q3', '--date', '2024-10-20'];
    expect(await bulletin([...args, '--out', out('b.docx'), '--number', '7', ...data()])).toBe(0);
    const text = await docText(out('b.docx'));
    expect(text).toContain('督查通报〔2024〕7号');
    expect(text).toContain('关于2024年前三季度《政府工作报告》目标任务推进情况的通报');
    expect(text).toMatch(/地区生产总值[^\n]*增长6\.1%,低于目标1\.4个百分点/);
    expect(text).toContain('引进亿元以上的项目');
    expect(text).toContain('单位排名');
  });

  it('writes plain text for .txt and numbers the first 通报 of the year 1', async () => {
    const args = ['--plan', String(seeded.planId), '--period', '2024-09', '--date', '2024-10-20'];
    expect(await bulletin([...args, '--out', out('b.txt'), ...data()])).toBe(0);
    const text = readFileSync(out('b.txt'), 'utf8');
    expect(text).toContain('督查通报〔2024〕1号');
    expect(text).toContain('截至2024年1—9月');
  });

  it.each([
    [['--period', '2024-Q5'], '报告期“2024-Q5”无效'],
    [['--period', '2023-Q3'], '不在计划年度 2024 内'],
  ])('refuses %j with exit 1 and a one-line message', async (extra, message) => {
    stderr = [];
    const args = ['--plan', String(seeded.planId), '--out', out('z.docx'), ...extra, ...data()];
    expect(await bulletin(args)).toBe(1);
    expect(stderr.join('')).toContain(message);
  });

  it('refuses a missing period or a wrong file type before opening the database', async () => {
    stderr = [];
    expect(await bulletin(['--plan', '1', '--out', 'a.docx'])).toBe(2);
    expect(await bulletin(['--plan', '1', '--period', '2024', '--out', 'a.pdf'])).toBe(2);
    expect(stderr.join('')).toMatch(/缺少 --period[\s\S]*\.docx 或 \.txt/);
  });
});
