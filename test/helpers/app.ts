// Builds the app on a test database with factories for users and sessions (STYLE.md habit 9).
import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../../src/config';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/password';
import type { App } from '../../src/server/context';
import type { SeedResult } from '../../src/server/seed';
import type { Database } from '../../src/storage/db';
import { createUser, findUserByUsername } from '../../src/storage/repos';
import type { UserRow } from '../../src/storage/schema';
import { write } from '../../src/storage/write';
import { openTestDatabase } from './db';

export interface TestApp {
  app: App;
  database: Database;
  close(): Promise<void>;
}

export async function startTestApp(config: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({
    database,
    config: { webDir: '/nonexistent', loginRateLimit: 1000, ...config },
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;

/** A user factory with overrides; the password is returned for logging in. */
export async function makeUser(
  database: Database,
  over: Partial<Pick<UserRow, 'username' | 'name' | 'role' | 'departmentId'>> & { password?: string } = {},
): Promise<UserRow & { password: string }> {
  counter += 1;
  const password = over.password ?? `pass-word-${counter}`;
  const row = await write(database.db, { userId: null }, async (tx, audit) =>
    createUser(tx, audit, {
      username: over.username ?? `user${counter}_${process.pid}`,
      name: over.name ?? `测试用户${counter}`,
      role: over.role ?? 'admin',
      departmentId: over.departmentId ?? null,
      passwordHash: await hashPassword(password),
    }),
  );
  return { ...row, password };
}

/** A signed-in client: cookie and CSRF header on every request. */
export interface Client {
  user: UserRow;
  csrf: string;
  cookies: Record<string, string>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function login(app: App, user: UserRow & { password: string }): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: user.username, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'duban_session')!.value;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const cookies = { duban_session: session, duban_csrf: csrf };
  return {
    user,
    csrf,
    cookies,
    get: (url, headers = {}) => app.inject({ method: 'GET', url, cookies, headers }),
    send: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        cookies,
        headers: { 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

/** A new user from the factory (overrides as in makeUser), signed in. */
export async function signIn(t: TestApp, over: Parameters<typeof makeUser>[1] = {}): Promise<Client> {
  return login(t.app, await makeUser(t.database, over));
}

/** The admin account seedFirstStart created, signed in with the password it printed once. */
export async function loginSeededAdmin(t: TestApp, seeded: SeedResult): Promise<Client> {
  if (!seeded.admin) throw new Error('the first start created no admin account');
  const row = await findUserByUsername(t.database.db, seeded.admin.username);
  if (!row) throw new Error(`no user ${seeded.admin.username} after the first start`);
  return login(t.app, { ...row, password: seeded.admin.password });
}

/** A multipart/form-data body with one file and optional fields, for app.inject(). */
export function multipartBody(
  file: { name: string; content: Uint8Array | string; type?: string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----duban${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
