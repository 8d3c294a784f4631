// POST/GET/DELETE /api/session: sign in (rate limited), who am I, sign out.
import type { FastifyRequest } from 'fastify';
import { okSchema } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { loginBodySchema, sessionSchema } from '../../shared/api/session';
import { findUserByUsername } from '../../storage/repos';
import type { UserRow } from '../../storage/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { endSession, requireUser, startSession } from '../auth/session';
import type { App, Ctx } from '../context';

const presentUser = (u: UserRow) => ({ id: u.id, name: u.name, role: u.role, departmentId: u.departmentId });

// Compared against when the user name is unknown, so both failures take the same time.
const decoy = hashPassword('decoy-password-for-timing');

export function sessionRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.post(
    '/api/session',
    {
      schema: { tags: ['session'], body: loginBodySchema, response: { 200: sessionSchema } },
      config: {
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: 60_000,
          keyGenerator: (req: FastifyRequest) => req.ip,
        },
      },
    },
    async (req, reply) => {
      const user = await findUserByUsername(db, req.body.username);
      const ok = await verifyPassword(req.body.password, user?.passwordHash ?? (await decoy));
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
      const csrfToken = await startSession(ctx, reply, user.id);
      return { user: presentUser(user), csrfToken };
    },
  );

  app.get(
    '/api/session',
    { schema: { tags: ['session'], response: { 200: sessionSchema } } },
    async (req) => {
      const user = requireUser(req);
      return { user: presentUser(user), csrfToken: req.csrfToken ?? '' };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], response: { 200: okSchema } } },
    async (req, reply) => {
      await endSession(ctx, req, reply);
      return { ok: true as const };
    },
  );
}
