import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, startTestApp, type TestApp } from '../../test/helpers/app';
import type { PlanSummary } from '../shared/api/plans';
import type { Target } from '../shared/api/targets';
import { findUserByUsername } from '../storage/repos';
import { plans } from '../storage/schema';
import { Cached, ReadCache } from './cache';
import { seedFirstStart } from './seed';

describe('ReadCache', () => {
  it('serves an entry until a write bumps the generation', () => {
    const c = new ReadCache(60_000);
    c.set('/api/plans', new Cached(Buffer.from('[1]')), c.current);
    expect(c.get('/api/plans')?.body.toString()).toBe('[1]');
    c.bump();
    expect(c.get('/api/plans')).toBeUndefined();
  });

  it('drops a response computed across a write', () => {
    const c = new ReadCache(60_000);
    const seen = c.current;
    c.bump();
    c.set('/api/plans', new Cached(Buffer.from('[stale]')), seen);
    expect(c.get('/api/plans')).toBeUndefined();
  });

  it('expires entries after maxAge', () => {
    const c = new ReadCache(1000);
    c.set('k', new Cached(Buffer.from('v')), c.current, 0);
    expect(c.get('k', 999)?.body.toString()).toBe('v');
    expect(c.get('k', 1001)).toBeUndefined();
  });

  it('lets one request compute a key while the others wait for its body', async () => {
    const c = new ReadCache(1000);
    expect(c.claim('k')).toBe(true);
    expect(c.claim('k')).toBe(false);
    const waiting = c.pending.get('k')!.done;
    c.release('k', new Cached(Buffer.from('body')));
    expect((await waiting)?.body.toString()).toBe('body');
    expect(c.claim('k')).toBe(true);
  });
});

describe('READ_CACHE_MS through the API', () => {
  /** A change made by another process: straight in the database, not through this app. */
  async function renameOutside(t: TestApp, planId: number, title: string): Promise<void> {
    await t.database.db.update(plans).set({ title }).where(eq(plans.id, planId));
  }

  it.each([
    ['0 reads every request afresh', 0, '改名后'],
    ['a minute serves the cached answer until this app writes', 60_000, '改名前'],
  ])('%s', async (_what, readCacheMs, seen) => {
    const t = await startTestApp({ readCacheMs });
    try {
      const seeded = await seedFirstStart(t.database.db);
      const admin = await login(t.app, {
        ...(await findUserByUsername(t.database.db, 'admin'))!,
        password: seeded.admin!.password,
      });
      const planId = seeded.importedPlanId!;
      await renameOutside(t, planId, '改名前');
      expect(((await admin.get('/api/plans')).json() as PlanSummary[])[0]!.title).toBe('改名前');
      await renameOutside(t, planId, '改名后');
      expect(((await admin.get('/api/plans')).json() as PlanSummary[])[0]!.title).toBe(seen);
      await admin.send('POST', `/api/plans/${planId}/confirm`, {});
      expect(((await admin.get('/api/plans')).json() as PlanSummary[])[0]!.title).toBe('改名后');
    } finally {
      await t.close();
    }
  });
});

describe('the cached target list', () => {
  async function start() {
    const t = await startTestApp({ readCacheMs: 60_000 });
    const seeded = await seedFirstStart(t.database.db);
    const user = { ...(await findUserByUsername(t.database.db, 'admin'))!, password: seeded.admin!.password };
    const admin = await login(t.app, user);
    // Signing in again is a write: it empties the cache, so the next read is a miss.
    const empty = async () => void (await login(t.app, user));
    return { t, admin, empty, url: `/api/plans/${seeded.importedPlanId!}/targets` };
  }

  it('shows a write through this process at once, with a new ETag', async () => {
    const { t, admin, url } = await start();
    try {
      const first = await admin.get(url);
      const [target] = first.json() as Target[];
      expect((await admin.get(url)).headers.etag).toBe(first.headers.etag);
      const patched = await admin.send('PATCH', `/api/targets/${target!.id}`, {
        indicator: '改过的指标',
        version: target!.version,
      });
      expect(patched.statusCode).toBe(200);
      const after = await admin.get(url, { 'if-none-match': String(first.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(first.headers.etag);
      expect((after.json() as Target[]).find((x) => x.id === target!.id)?.indicator).toBe('改过的指标');
    } finally {
      await t.close();
    }
  });

  it.each([
    ['a miss', false],
    ['a hit', true],
  ])('answers If-None-Match with 304 and gzip when accepted, on %s', async (_what, warm) => {
    const { t, admin, empty, url } = await start();
    try {
      const etag = String((await admin.get(url)).headers.etag);
      if (!warm) await empty();
      const notModified = await admin.get(url, { 'if-none-match': `"x", ${etag}` });
      expect([notModified.statusCode, notModified.body]).toEqual([304, '']);
      const zipped = await admin.get(url, { 'accept-encoding': 'gzip, br' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(
        JSON.parse((await admin.get(url)).body),
      );
      expect((await admin.get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
