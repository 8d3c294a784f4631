// Server side of the end-to-end tests: the real app (buildApp) on a fresh database with the bundled Heshan
// report seeded, listening on 127.0.0.1:0 and serving the built SPA from dist/web. The setup the scenarios
// need (confirm the plan, a reporter for one department) is done through the HTTP API, as a person would.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app';
import { seedFirstStart } from '../../src/server/seed';
import type { Database } from '../../src/storage/db';
import { openTestDatabase } from '../helpers/db';

export interface Running {
  url: string;
  admin: { username: string; password: string };
  planId: number;
  /** The server's database, for what no person does through the UI (a scheduler tick on a chosen day). */
  database: Database;
  close: () => Promise<void>;
}

export async function startServer(): Promise<Running> {
  const database = await openTestDatabase();
  const seeded = await seedFirstStart(database.db);
  if (!seeded.admin || !seeded.importedPlanId)
    throw new Error('seed did not create the admin and the example plan');
  // No scheduler ticks on their own: a test runs one on the day it chooses (supervision.test.ts).
  const app = await buildApp({
    database,
    config: { webDir: 'dist/web', loginRateLimit: 1000, schedulerIntervalMs: 0 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    admin: seeded.admin,
    planId: seeded.importedPlanId,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in HTTP client for setting up a scenario through the API. */
export class ApiClient {
  private cookie = '';
  private csrf = '';

  constructor(private readonly base: string) {}

  async login(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}
