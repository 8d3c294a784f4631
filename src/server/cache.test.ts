import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, startTestApp, type TestApp } from '../../test/helpers/app';
import type { PlanSummary } from '../shared/api/plans';
import { findUserByUsername } from '../storage/repos';
import { plans } from '../storage/schema';
import { ReadCache } from './cache';
import { seedFirstStart } from './seed';

describe('ReadCache', () => {
  it('serves an entry until a write bumps the generation', () => {
    const c = new ReadCache(60_000);
    c.set('/api/plans', Buffer.from('[1]'), c.current);
    expect(c.get('/api/plans')?.toString()).toBe('[1]');
    c.bump();
    expect(c.get('/api/plans')).toBeUndefined();
  });

  it('drops a response computed across a write', () => {
    const c = new ReadCache(60_000);
    const seen = c.current;
    c.bump();
    c.set('/api/plans', Buffer.from('[stale]'), seen);
    expect(c.get('/api/plans')).toBeUndefined();
  });

  it('expires entries after maxAge', () => {
    const c = new ReadCache(1000);
    c.set('k', Buffer.from('v'), c.current, 0);
    expect(c.get('k', 999)?.toString()).toBe('v');
    expect(c.get('k', 1001)).toBeUndefined();
  });

  it('lets one request compute a key while the others wait for its body', async () => {
    const c = new ReadCache(1000);
    expect(c.claim('k')).toBe(true);
    expect(c.claim('k')).toBe(false);
    const waiting = c.pending.get('k')!.done;
    c.release('k', Buffer.from('body'));
    expect((await waiting)?.toString()).toBe('body');
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
