// The reporting calendar as .ics through app.inject() on the seeded Heshan plan: the plan-wide dates, a
// per-target override, a department's dates with its open 督办单, and who may download what.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';

interface VEvent {
  [name: string]: string;
}

/** A minimal reader: unfold (§3.1), split on CRLF, name;params:value, VEVENT blocks as maps of name → value. */
function readIcs(text: string): { lines: string[]; calendar: Map<string, string>; events: VEvent[] } {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.pop()).toBe('');
  const calendar = new Map<string, string>();
  const events: VEvent[] = [];
  let current: VEvent | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const key = [name, ...params].join(';');
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) current[key] = value;
    else calendar.set(key, value);
  }
  return { lines, calendar, events };
}

const dateOf = (e: VEvent) => {
  const d = e['DTSTART;VALUE=DATE']!;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
};

let t: TestApp;
let admin: Client;
let reporter: Client;
let otherReporter: Client;
let seeded: SeededPlan;
let dept: number;
let otherDept: number;

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seedSupervisionPlan(t.database.db);
  admin = await signIn(t, { role: 'admin' });
  dept = seeded.leadOf.get(seeded.projects.id)!;
  otherDept = [...seeded.leadOf.values()].find((d) => d !== dept)!;
  reporter = await signIn(t, { role: 'reporter', departmentId: dept });
  otherReporter = await signIn(t, { role: 'reporter', departmentId: otherDept });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const url = (query = '') => `/api/plans/${seeded.planId}/calendar.ics${query}`;

function ok(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  return readIcs(res.body);
}

describe('reporting calendar as .ics', () => {
  it('gives the plan one all-day event per common due date, in CRLF lines of at most 75 octets', async () => {
    const res = await admin.get(url());
    const { lines, calendar, events } = ok(res);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="duban-plan${seeded.planId}-calendar\\.ics"; filename\\*=UTF-8''`),
    );
    // Named by year and region, like every export.
    const region = ((await admin.get(`/api/plans/${seeded.planId}`)).json() as { region: { name: string } })
      .region.name;
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      `2024年${region}报送日历.ics`,
    );
    expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const raw of res.body.split('\r\n')) expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(calendar.get('VERSION')).toBe('2.0');
    // monthly by the 25th, 1–2月 together (DOMAIN.md §1.3, §3.1)
    expect(events.map(dateOf)).toEqual(
      Array.from({ length: 11 }, (_, i) => `2024-${String(i + 2).padStart(2, '0')}-25`),
    );
    expect(events[0]).toMatchObject({
      UID: `duban-plan${seeded.planId}-2024-02@duban.invalid`,
      'DTEND;VALUE=DATE': '20240226',
    });
    expect(events[0]?.SUMMARY).toMatch(/^报送截止:1—2月进展\(\d+个单位、\d+项目标\)$/);
    expect(events[2]?.SUMMARY).toMatch(/^报送截止:1—4月进展\(/);
    for (const e of events) expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('keeps UIDs across downloads and adds a target with its own rule as its own events', async () => {
    const before = ok(await admin.get(url())).events.map((e) => e.UID);
    expect(ok(await admin.get(url())).events.map((e) => e.UID)).toEqual(before);
    const put = await admin.send('PUT', `/api/plans/${seeded.planId}/reporting/targets/${seeded.gdp.id}`, {
      rule: { cadence: 'quarter', dueDay: 'last', monthOffset: 0 },
    });
    expect(put.statusCode).toBe(200);
    const { events } = ok(await admin.get(url()));
    const gdp = events.filter((e) => e.UID!.includes(`-target${seeded.gdp.id}@`));
    expect(gdp.map((e) => [dateOf(e), e.UID])).toEqual(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => [
        ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'][i],
        `duban-plan${seeded.planId}-2024-${q}-target${seeded.gdp.id}@duban.invalid`,
      ]),
    );
    expect(gdp[0]?.SUMMARY).toBe(`报送截止:一季度进展(${seeded.gdp.indicator})`);
    expect(events.filter((e) => !gdp.includes(e)).map((e) => e.UID)).toEqual(before);
  });

  it("gives a department its own due dates and its open 督办单's response deadline", async () => {
    const issued = await admin.send('POST', '/api/sheets', {
      targetId: seeded.projects.id,
      responseDeadline: '2024-10-15',
    });
    expect(issued.statusCode).toBe(201);
    const sheet = issued.json() as { id: number; number: string };
    const json = (await admin.get(`/api/plans/${seeded.planId}/calendar?departmentId=${dept}`)).json() as {
      entries: Array<{ dueDate: string }>;
    };
    const { calendar, events } = ok(await admin.get(url(`?department=${dept}`)));
    const reports = events.filter((e) => e.CATEGORIES === '报送截止');
    expect(new Set(reports.map(dateOf))).toEqual(new Set(json.entries.map((e) => e.dueDate)));
    const name = calendar.get('X-WR-CALNAME')!.split(' · ').at(-1)!;
    for (const e of reports) {
      expect(e.UID).toMatch(new RegExp(`-dept${dept}@duban\\.invalid$`));
      expect(e.DESCRIPTION).toContain(`单位:${name}`);
    }
    const sheets = events.filter((e) => e.CATEGORIES === '督办单');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({
      UID: `duban-plan${seeded.planId}-sheet${sheet.id}@duban.invalid`,
      'DTSTART;VALUE=DATE': '20241015',
      SUMMARY: `督办单回复截止:${sheet.number}(${seeded.projects.indicator})`,
    });
  });

  it('puts every open 督办单 on the plan-wide calendar, each naming its department', async () => {
    const otherId = [...seeded.leadOf].find(([, d]) => d === otherDept)![0];
    const other = (await admin.get(`/api/targets/${otherId}`)).json() as { id: number; indicator: string };
    const issued = await admin.send('POST', '/api/sheets', {
      targetId: other.id,
      colour: 'blue',
      reason: '请说明进展',
      responseDeadline: '2024-11-20',
    });
    expect(issued.statusCode).toBe(201);
    const sheet = issued.json() as { id: number; number: string };
    const open = (await admin.get(`/api/sheets?planId=${seeded.planId}&state=open`)).json() as Array<{
      id: number;
      department: { id: number; name: string };
      responseDeadline: string;
    }>;
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(new Set(open.map((s) => s.department.id)).size).toBeGreaterThanOrEqual(2);
    const { events } = ok(await admin.get(url()));
    const sheets = events.filter((e) => e.CATEGORIES === '督办单');
    expect(sheets.map((e) => e.UID).sort()).toEqual(
      open.map((s) => `duban-plan${seeded.planId}-sheet${s.id}@duban.invalid`).sort(),
    );
    for (const s of open) {
      const e = sheets.find((x) => x.UID!.includes(`-sheet${s.id}@`))!;
      expect(dateOf(e)).toBe(s.responseDeadline);
      expect(e.DESCRIPTION).toContain(`单位:${s.department.name}`);
      expect(e.SUMMARY).toContain(`(${s.department.name}:`);
    }
    expect(sheets.find((e) => e.UID!.includes(`-sheet${sheet.id}@`))!.SUMMARY).toBe(
      `督办单回复截止:${sheet.number}(${open.find((s) => s.id === sheet.id)!.department.name}:${other.indicator})`,
    );
    // a department's calendar keeps its own sheets only
    const mine = ok(await admin.get(url(`?department=${dept}`))).events.filter(
      (e) => e.CATEGORIES === '督办单',
    );
    expect(mine.some((e) => e.UID!.includes(`-sheet${sheet.id}@`))).toBe(false);
  });

  it("gives a reporter its own department's calendar and refuses another's", async () => {
    const own = ok(await reporter.get(url()));
    const asked = ok(await admin.get(url(`?department=${dept}`)));
    expect(own.events.map((e) => e.UID)).toEqual(asked.events.map((e) => e.UID));
    const refused = await otherReporter.get(url(`?department=${dept}`));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
  });

  it('writes English when asked', async () => {
    const { events } = ok(await admin.get(url('?lang=en')));
    expect(events[0]?.SUMMARY).toMatch(/^Report due: January–February \(\d+ targets\)$/);
  });

  it.each([
    ['an unknown plan', '/api/plans/999999/calendar.ics', 404, 'NOT_FOUND'],
    ['an unknown department', '?department=999999', 404, 'NOT_FOUND'],
    ['a department id that is not a number', '?department=abc', 400, 'VALIDATION_FAILED'],
  ])('answers %s with the error envelope', async (_, path, status, code) => {
    const res = await admin.get(path.startsWith('/') ? path : url(path));
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: url() });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('is described in the OpenAPI document as text/calendar', async () => {
    const doc = (await admin.get('/api/openapi.json')).json() as {
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const op = doc.paths['/api/plans/{id}/calendar.ics']?.get;
    expect(Object.keys(op?.responses['200']?.content ?? {})).toEqual(['text/calendar']);
  });
});
