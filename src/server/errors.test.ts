// Each class of bad input gets a 4xx with { error: { code, message } }, never a 500 and never a partial write.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  makeUser,
  multipartBody,
  signIn,
  startTestApp,
  type TestApp,
} from '../../test/helpers/app';
import type { Department } from '../shared/api/departments';
import type { Target } from '../shared/api/targets';
import { auditEvents } from '../storage/schema';
import { seedFirstStart } from './seed';

let t: TestApp;
let admin: Client;
let other: Client;
let planId: number;
let target: Target;

async function auditCount(): Promise<number> {
  return (await t.database.db.select({ id: auditEvents.id }).from(auditEvents)).length;
}

beforeAll(async () => {
  t = await startTestApp();
  planId = (await seedFirstStart(t.database.db, {})).importedPlanId!;
  admin = await signIn(t, { role: 'admin' });
  const depts = (await admin.get('/api/departments')).json() as Department[];
  const targets = (await admin.get(`/api/plans/${planId}/targets`)).json() as Target[];
  target = targets.find((x) => x.kind === 'target' && x.unit === '%')!;
  const lead = depts.find((d) => d.name === '发展和改革局')!;
  const elsewhere = depts.find((d) => d.name === '教育局')!;
  const put = await admin.send('PUT', `/api/targets/${target.id}/assignment`, {
    leadDepartmentId: lead.id,
    cooperatingDepartmentIds: [],
    version: target.assignment?.version ?? null,
  });
  expect(put.statusCode).toBe(200);
  target = put.json() as Target;
  other = await signIn(t, { role: 'reporter', departmentId: elsewhere.id });
});
afterAll(async () => {
  await t?.close();
});

function envelope(res: { statusCode: number; json(): unknown }, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(3);
}

describe('bad input classes', () => {
  it.each([
    ['malformed JSON', '{"indicator": ', 400, 'MALFORMED_JSON'],
    ['an empty JSON body', '', 400, 'MALFORMED_JSON'],
    ['a wrong type', JSON.stringify({ value: '七', version: 0 }), 400, 'VALIDATION_FAILED'],
    ['an unknown field', JSON.stringify({ colour: 'red', version: 0 }), 400, 'VALIDATION_FAILED'],
    [
      'an oversized body',
      JSON.stringify({ indicator: 'x'.repeat(400_000), version: 0 }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('rejects %s', async (_what, payload, status, code) => {
    const before = await auditCount();
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload,
      headers: { 'content-type': 'application/json', 'x-csrf-token': admin.csrf },
      cookies: admin.cookies,
    });
    envelope(r, status, code);
    expect(await auditCount()).toBe(before);
  });

  it.each([
    ['GET', '/api/targets/999999'],
    ['GET', '/api/plans/999999'],
    ['GET', '/api/plans/999999/dashboard'],
    ['GET', '/api/departments/999999/workload'],
  ])('answers 404 NOT_FOUND for an unknown id on %s %s', async (_m, url) => {
    envelope(await admin.get(url), 404, 'NOT_FOUND');
  });

  it('answers 400 for a non-numeric id', async () => {
    envelope(await admin.get('/api/targets/abc'), 400, 'VALIDATION_FAILED');
  });

  it('forbids a reporter writing another department’s target', async () => {
    const before = await auditCount();
    const res = await other.send('POST', `/api/targets/${target.id}/progress`, { period: '2024-03', yoy: 8 });
    envelope(res, 403, 'FORBIDDEN');
    expect(await auditCount()).toBe(before);
  });

  it('rejects a value in a unit that cannot be converted', async () => {
    const res = await admin.send('POST', `/api/targets/${target.id}/progress`, {
      period: '2024-03',
      value: 3,
      unit: '亿元',
    });
    envelope(res, 422, 'UNIT_MISMATCH');
  });

  it('rejects a period that is not one', async () => {
    envelope(
      await admin.send('POST', `/api/targets/${target.id}/progress`, { period: '2024-13' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('rejects a duplicate import with 409 and stores nothing', async () => {
    const before = await auditCount();
    const m = multipartBody({
      name: 'heshan-2024.txt',
      content: readFileSync('examples/heshan-2024.txt'),
      type: 'text/plain',
    });
    const res = await admin.send('POST', '/api/imports', m.payload, m.headers);
    envelope(res, 409, 'DUPLICATE_IMPORT');
    expect(await auditCount()).toBe(before);
  });

  it('tells the same report laid out otherwise (as .docx and as .txt differ in blank lines) as a duplicate', async () => {
    const spaced = readFileSync('examples/heshan-2024.txt', 'utf8')
      .replace(/\n/g, '\n\n')
      .replace(/ {2}/g, '\u3000');
    const m = multipartBody({ name: '鹤山区报告.txt', content: Buffer.from(spaced), type: 'text/plain' });
    envelope(await admin.send('POST', '/api/imports', m.payload, m.headers), 409, 'DUPLICATE_IMPORT');
  });

  it('rejects an unsupported upload', async () => {
    const m = multipartBody({ name: 'report.exe', content: 'MZ' });
    envelope(await admin.send('POST', '/api/imports', m.payload, m.headers), 415, 'UNSUPPORTED_FILE');
  });

  it('gives the second of two editors 409 VERSION_CONFLICT with a clear message', async () => {
    const fresh = (await admin.get(`/api/targets/${target.id}`)).json() as Target;
    const first = await admin.send('PATCH', `/api/targets/${target.id}`, {
      value: 8.1,
      version: fresh.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await admin.send('PATCH', `/api/targets/${target.id}`, {
      value: 8.2,
      version: fresh.version,
    });
    envelope(second, 409, 'VERSION_CONFLICT');
    expect((second.json() as { error: { message: string } }).error.message).toContain('已被他人修改');
    const kept = (await admin.get(`/api/targets/${target.id}`)).json() as Target;
    expect(kept.value).toBe(8.1);
    expect(kept.original?.value).toBe(target.value);
  });
});

describe('session and CSRF', () => {
  it('refuses a write without a session', async () => {
    envelope(
      await t.app.inject({ method: 'POST', url: '/api/assignments/bulk', payload: {} }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('refuses a write without the CSRF header', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { value: 1, version: 0 },
      cookies: admin.cookies,
    });
    envelope(res, 403, 'CSRF_MISMATCH');
  });

  it('refuses a wrong password in the caller’s language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: admin.user.username, password: 'wrong-password' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    envelope(res, 401, 'INVALID_CREDENTIALS');
    expect((res.json() as { error: { message: string } }).error.message).toBe('Wrong user name or password.');
  });

  it('lets a leader read but not write', async () => {
    const leader = await signIn(t, { role: 'leader' });
    expect((await leader.get(`/api/plans/${planId}/targets`)).statusCode).toBe(200);
    envelope(
      await leader.send('PATCH', `/api/targets/${target.id}`, { value: 1, version: 0 }),
      403,
      'FORBIDDEN',
    );
  });

  it('sets an httpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const u = await makeUser(t.database, { role: 'leader' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: u.username, password: u.password },
    });
    const session = res.cookies.find((c) => c.name === 'duban_session')!;
    const csrf = res.cookies.find((c) => c.name === 'duban_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(csrf.httpOnly).toBeFalsy();
  });

  it('answers unknown API routes with the envelope', async () => {
    envelope(await admin.get('/api/nothing-here'), 404, 'NOT_FOUND');
  });
});

describe('login rate limit', () => {
  it('answers 429 RATE_LIMITED after too many attempts', async () => {
    const limited = await startTestApp({ loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: 'x', password: 'y' },
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429) envelope(r, 429, 'RATE_LIMITED');
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
