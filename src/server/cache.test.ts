import { describe, expect, it } from 'vitest';
import { ReadCache } from './cache';

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
