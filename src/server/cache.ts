// A per-process cache of computed read responses (dashboard, target lists, plan lists). Every write through
// this process bumps a generation, which empties it before the write's response is sent; `maxAgeMs` bounds
// how stale an entry may be when another process writes to the same PostgreSQL database. `maxAgeMs` 0 turns
// it off entirely: every request computes its own answer (no sharing of a response being computed either).
// An entry is the serialised response: UTF-8 bytes, a weak ETag over them and, once a client accepts it, the
// gzip of them; a hit does no JSON work, answers If-None-Match with 304 and gzips at most once per entry.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cache this GET route's 200 responses for signed-in users, keyed by URL. */
    readCache?: boolean;
  }
}

/** A serialised response. */
export class Cached {
  readonly etag: string;
  private zipped: Buffer | null = null;

  constructor(readonly body: Buffer) {
    // Weak: the identity and the gzip bodies are the same representation (RFC 9110 §8.8.1).
    this.etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  }

  /** The gzip of the body, computed on first use (small bodies are not worth it: null). */
  gzip(): Buffer | null {
    if (this.body.length < GZIP_MIN_BYTES) return null;
    this.zipped ??= gzipSync(this.body);
    return this.zipped;
  }
}

const GZIP_MIN_BYTES = 1024;

interface Entry {
  generation: number;
  at: number;
  cached: Cached;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  /** Responses being computed: later requests for the same key wait instead of computing again. */
  readonly pending = new Map<
    string,
    { generation: number; done: Promise<Cached | undefined>; resolve: (c: Cached | undefined) => void }
  >();

  constructor(
    readonly maxAgeMs: number,
    private readonly maxEntries = 500,
  ) {}

  get(key: string, now = Date.now()): Cached | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== this.generation || now - e.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.cached;
  }

  set(key: string, cached: Cached, generation: number, now = Date.now()): void {
    // A write that finished while this response was computed makes it stale: do not keep it.
    if (generation !== this.generation || this.maxAgeMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { generation, at: now, cached });
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
    let resolve: (c: Cached | undefined) => void = () => {};
    const done = new Promise<Cached | undefined>((r) => {
      resolve = r;
    });
    this.pending.set(key, { generation: this.generation, done, resolve });
    return true;
  }

  release(key: string, cached: Cached | undefined): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.resolve(cached);
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    cacheGeneration: number | null;
    cacheClaimed: boolean;
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Whether the request's If-None-Match names this ETag (a list, `*`, weak or strong). */
function matches(req: FastifyRequest, etag: string): boolean {
  const sent = req.headers['if-none-match'];
  if (!sent) return false;
  const bare = etag.slice(2);
  return sent.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === bare;
  });
}

/** Validators every cached route's answer carries: the browser keeps it but asks again each time. */
function validators(reply: FastifyReply, cached: Cached): void {
  reply
    .header('etag', cached.etag)
    .header('cache-control', 'private, no-cache')
    .header('vary', 'accept-encoding');
}

/** Answers from an entry: 304 when the client holds it, gzip when accepted, the bytes otherwise. */
function sendCached(req: FastifyRequest, reply: FastifyReply, cached: Cached): FastifyReply {
  validators(reply, cached);
  if (matches(req, cached.etag)) return reply.code(304).send();
  const zipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? cached.gzip() : null;
  if (zipped) reply.header('content-encoding', 'gzip');
  return reply.type(JSON_TYPE).send(zipped ?? cached.body);
}

export function registerReadCache(app: App, cache: ReadCache): void {
  if (cache.maxAgeMs <= 0) return;
  app.decorateRequest('cacheGeneration', null);
  app.decorateRequest('cacheClaimed', false);
  app.addHook('preValidation', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.routeOptions.config.readCache || req.method !== 'GET' || !req.user) return;
    req.cacheGeneration = cache.current;
    const hit = cache.get(req.url);
    if (hit !== undefined) return sendCached(req, reply, hit);
    if (cache.claim(req.url)) {
      req.cacheClaimed = true;
      return;
    }
    const shared = await cache.pending.get(req.url)?.done;
    if (shared !== undefined) return sendCached(req, reply, shared);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!SAFE.has(req.method)) {
      cache.bump();
    } else if (req.cacheGeneration !== null && reply.statusCode === 200 && typeof payload === 'string') {
      const cached = new Cached(Buffer.from(payload));
      cache.set(req.url, cached, req.cacheGeneration);
      if (req.cacheClaimed) cache.release(req.url, cached);
      validators(reply, cached);
      if (!matches(req, cached.etag)) return cached.body;
      reply.code(304);
      return '';
    }
    return payload;
  });
  // A failed computation lets the waiting requests compute their own answer.
  app.addHook('onResponse', async (req) => {
    if (req.cacheClaimed) cache.release(req.url, undefined);
  });
}
