// /api/users (admin only).
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { userCreateSchema, userSchema } from '../../shared/api/users';
import { createUser, findUserByUsername, getDepartment, listUsers } from '../../storage/repos';
import type { UserRow } from '../../storage/schema';
import { write } from '../../storage/write';
import { hashPassword } from '../auth/password';
import { requireRole } from '../auth/session';
import type { App, Ctx } from '../context';

const present = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  departmentId: u.departmentId,
  createdAt: u.createdAt.toISOString(),
});

export function userRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/users',
    { schema: { tags: ['users'], response: { 200: z.array(userSchema) } } },
    async (req) => {
      requireRole(req, 'admin');
      return (await listUsers(db)).map(present);
    },
  );

  app.post(
    '/api/users',
    { schema: { tags: ['users'], body: userCreateSchema, response: { 201: userSchema } } },
    async (req, reply) => {
      const admin = requireRole(req, 'admin');
      const b = req.body;
      if (b.departmentId !== null) await getDepartment(db, b.departmentId);
      if (await findUserByUsername(db, b.username)) {
        throw new AppError('ALREADY_EXISTS', {
          zh: `用户名“${b.username}”已存在。`,
          en: `User name "${b.username}" is taken.`,
        });
      }
      const passwordHash = await hashPassword(b.password);
      const row = await write(db, { userId: admin.id }, (tx, audit) =>
        createUser(tx, audit, {
          username: b.username,
          name: b.name,
          role: b.role,
          departmentId: b.departmentId,
          passwordHash,
        }),
      );
      return reply.status(201).send(present(row));
    },
  );
}
