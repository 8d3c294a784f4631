// Users and sessions. Passwords are hashed with scrypt by the caller (src/server/auth); only hashes are stored.
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../db';
import { notFound } from '../errors';
import { sessions, type UserRow, users } from '../schema';
import type { Audit } from '../write';

export function listUsers(q: Queryable): Promise<UserRow[]> {
  return q.select().from(users).orderBy(users.id);
}

export async function getUser(q: Queryable, id: number): Promise<UserRow> {
  const [row] = await q.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('user', id);
  return row;
}

export async function findUserByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.username, username));
  return row;
}

export async function countAdmins(q: Queryable): Promise<number> {
  return (await q.select({ id: users.id }).from(users).where(eq(users.role, 'admin'))).length;
}

export type UserInput = Pick<UserRow, 'username' | 'name' | 'role' | 'departmentId' | 'passwordHash'>;

export async function createUser(q: Queryable, audit: Audit, input: UserInput): Promise<UserRow> {
  const [row] = await q.insert(users).values(input).returning();
  const { passwordHash: _hidden, ...visible } = row!;
  await audit('create', 'user', row!.id, null, visible);
  return row!;
}

export async function createSession(
  q: Queryable,
  s: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await q.insert(sessions).values(s);
}

export async function findSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ user: UserRow; csrfToken: string } | undefined> {
  const [row] = await q
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function purgeSessions(q: Queryable, now: Date): Promise<void> {
  await q.delete(sessions).where(lt(sessions.expiresAt, now));
}
