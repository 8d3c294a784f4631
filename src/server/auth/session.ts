// Sessions: an httpOnly SameSite=Lax cookie `duban_session` (only its sha256 is stored) and a CSRF token
// echoed in a readable cookie `duban_csrf`; every write must send it back in `x-csrf-token` (notes/api.md).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { createSession, deleteSession, findSession } from '../../storage/repos';
import type { UserRow } from '../../storage/schema';
import type { App, Ctx } from '../context';

export const SESSION_COOKIE = 'duban_session';
export const CSRF_COOKIE = 'duban_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRow | null;
    csrfToken: string | null;
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerSessions(app: App, ctx: Ctx): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/public/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await lookup(ctx, sha256(token));
      if (found) {
        req.user = found.user;
        req.csrfToken = found.csrfToken;
      }
    }
    if (SAFE.has(req.method)) return;
    // Signing in is the one write without a session.
    if (req.method === 'POST' && req.url.split('?')[0] === '/api/session') return;
    if (!req.user) throw new AppError('UNAUTHENTICATED');
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !req.csrfToken || !sameToken(sent, req.csrfToken)) {
      throw new AppError('CSRF_MISMATCH');
    }
  });
}

/** How long a looked-up session is trusted without asking the database again. */
const SESSION_CACHE_MS = 5_000;

async function lookup(
  ctx: Ctx,
  tokenHash: string,
): Promise<{ user: UserRow; csrfToken: string } | undefined> {
  const now = Date.now();
  const hit = ctx.sessions.get(tokenHash);
  if (hit && hit.until > now) return hit;
  const found = await findSession(ctx.database.db, tokenHash, new Date(now));
  if (!found) {
    ctx.sessions.delete(tokenHash);
    return undefined;
  }
  if (ctx.sessions.size > 10_000) ctx.sessions.clear();
  ctx.sessions.set(tokenHash, { ...found, until: now + SESSION_CACHE_MS });
  return found;
}

function cookieOptions(ctx: Ctx, httpOnly: boolean) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
    maxAge: ctx.config.sessionHours * 3600,
  };
}

/** Starts a session for the user and sets both cookies; returns the CSRF token. */
export async function startSession(ctx: Ctx, reply: FastifyReply, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.config.sessionHours * 3600_000);
  await createSession(ctx.database.db, { tokenHash: sha256(token), userId, csrfToken, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx, true));
  reply.setCookie(CSRF_COOKIE, csrfToken, cookieOptions(ctx, false));
  return csrfToken;
}

export async function endSession(ctx: Ctx, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = req.cookies[SESSION_COOKIE];
  if (token) {
    ctx.sessions.delete(sha256(token));
    await deleteSession(ctx.database.db, sha256(token));
  }
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The signed-in user, or 401. */
export function requireUser(req: FastifyRequest): UserRow {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  return req.user;
}

/** The signed-in user with one of the roles, or 401/403. */
export function requireRole(req: FastifyRequest, ...roles: Role[]): UserRow {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw new AppError('FORBIDDEN');
  return user;
}
