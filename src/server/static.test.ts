import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';

let t: TestApp;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>督办</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  t = await startTestApp({ webDir: dir });
});
afterAll(async () => {
  await t?.close();
});

describe('web app serving', () => {
  it.each([
    ['/', 'text/html'],
    ['/plans/1/targets', 'text/html'],
    ['/app.js', 'javascript'],
  ])('serves %s', async (url, type) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(type);
  });

  it('keeps the JSON 404 for unknown API routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
