import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { resolveConfig } from './app';

const script = `console.log(${JSON.stringify('督办'.repeat(500))});`;
const asset = '/assets/index-B71ghdXi.js';

let t: TestApp;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>督办</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, asset), script);
  writeFileSync(join(dir, `${asset}.gz`), gzipSync(script));
  writeFileSync(join(dir, `${asset}.br`), brotliCompressSync(script));
  // seed: false is a typed option (boolean), not the environment's word for it.
  t = await startTestApp({ webDir: dir, seed: false });
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

  it.each([
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['identity', undefined],
    [undefined, undefined],
  ])('sends a built JS asset to Accept-Encoding %s with content-encoding %s', async (accept, encoding) => {
    const res = await t.app.inject({
      method: 'GET',
      url: asset,
      headers: accept === undefined ? {} : { 'accept-encoding': accept },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toContain('accept-encoding');
    if (encoding === 'gzip') expect(gunzipSync(res.rawPayload).toString()).toBe(script);
    if (encoding === undefined) expect(res.body).toBe(script);
  });

  it('caches hashed assets for a year and revalidates the page', async () => {
    const hashed = await t.app.inject({ method: 'GET', url: asset, headers: { 'accept-encoding': 'gzip' } });
    expect(hashed.headers['cache-control']).toContain('immutable');
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('does not serve the compressed copies as files of their own', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${asset}.gz` });
    expect(res.statusCode).toBe(404);
  });

  it('answers a built file that is not there (an old page’s code after an update) with 404, not the page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/year-review-CcoTc5tB.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('text/html');
  });
});

describe('buildApp config', () => {
  it.each([
    [{}, { seed: true, cookieSecure: false, port: 3000 }],
    [
      { seed: false, cookieSecure: true },
      { seed: false, cookieSecure: true },
    ],
    [
      { port: 0, readCacheMs: 0, webDir: undefined },
      { port: 0, readCacheMs: 0, webDir: './dist/web' },
    ],
  ] as const)('fills defaults under %o', (given, expected) => {
    expect(resolveConfig(given)).toMatchObject(expected);
  });

  it.each([
    [{ port: 70_000 }, /port/],
    [{ databaseUrl: 'mysql://x' }, /databaseUrl: DATABASE_URL must start with postgres/],
  ])('refuses %o with a clear message', (given, message) => {
    expect(() => resolveConfig(given)).toThrow(message);
  });
});
