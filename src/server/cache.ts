// A per-process cache of computed read responses (dashboard, target lists, plan lists). Every write through
// this process bumps a generation, which empties it before the write's response is sent; `maxAgeMs` bounds
// how stale an entry may be when another process writes to the same PostgreSQL database. `maxAgeMs` 0 turns
// it off entirely: every request computes its own answer (no sharing of a response being computed either).
// Bodies are kept as UTF-8 bytes, so a hit does not encode the JSON text again.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET route's 200 responses for signed-in users, keyed by URL. */
    readCache?: boolean;
  }
}

interface Entry {
  generation: number;
  at: number;
  body: Buffer;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  /** Responses being computed: later requests for the same key wait instead of computing again. */
  readonly pending = new Map<
    string,
    { generation: number; done: Promise<Buffer | undefined>; resolve: (b: Buffer | undefined) => void }
  >();

  constructor(
    readonly maxAgeMs: number,
    private readonly maxEntries = 500,
  ) {}

  get(key: string, now = Date.now()): Buffer | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== this.generation || now - e.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.body;
  }

  set(key: string, body: Buffer, generation: number, now = Date.now()): void {
    // A write that finished while this response was computed makes it stale: do not keep it.
    if (generation !== this.generation || this.maxAgeMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { generation, at: now, body });
  }

  get current(): number {
    return this.generation;
  }

  bump(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Registers the caller as the one computing `key`; false when another request already is. */
  claim(key: string): boolean {
    const p = this.pending.get(key);
    if (p && p.generation === this.generation) return false;
    let resolve: (b: Buffer | undefined) => void = () => {};
    const done = new Promise<Buffer | undefined>((r) => {
      resolve = r;
    });
    this.pending.set(key, { generation: this.generation, done, resolve });
    return true;
  }

  release(key: string, body: Buffer | undefined): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.resolve(body);
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    cacheGeneration: number | null;
    cacheClaimed: boolean;
  }
}

export function registerReadCache(app: App, cache: ReadCache): void {
  if (cache.maxAgeMs <= 0) return;
  app.decorateRequest('cacheGeneration', null);
  app.decorateRequest('cacheClaimed', false);
  const json = 'application/json; charset=utf-8';
  app.addHook('preValidation', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.routeOptions.config.readCache || req.method !== 'GET' || !req.user) return;
    req.cacheGeneration = cache.current;
    const hit = cache.get(req.url);
    if (hit !== undefined) return reply.type(json).send(hit);
    if (cache.claim(req.url)) {
      req.cacheClaimed = true;
      return;
    }
    const shared = await cache.pending.get(req.url)?.done;
    if (shared !== undefined) return reply.type(json).send(shared);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!SAFE.has(req.method)) {
      cache.bump();
    } else if (req.cacheGeneration !== null && reply.statusCode === 200 && typeof payload === 'string') {
      const body = Buffer.from(payload);
      cache.set(req.url, body, req.cacheGeneration);
      if (req.cacheClaimed) cache.release(req.url, body);
      return body;
    }
    return payload;
  });
  // A failed computation lets the waiting requests compute their own answer.
  app.addHook('onResponse', async (req) => {
    if (req.cacheClaimed) cache.release(req.url, undefined);
  });
}
