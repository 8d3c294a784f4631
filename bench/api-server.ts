// The server half of `npm run bench:api`, in its own process so the load generator does not share its thread:
// one database (PGlite in memory, or DATABASE_URL) seeded with the bundled report, the duban app twice on it
// (read cache on and off) and a bare Fastify route. Prints one JSON line with the URLs, then serves until killed.
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/password';
import { seedFirstStart } from '../src/server/seed';
import { openDatabase } from '../src/storage/db';
import { createUser, listPlans } from '../src/storage/repos';
import { write } from '../src/storage/write';

const url = process.env.DATABASE_URL;
const database = url ? await openDatabase({ url }) : await openDatabase({ memory: true });
await seedFirstStart(database.db);
const [plan] = await listPlans(database.db);
const username = `bench${process.pid}`;
const passwordHash = await hashPassword('bench-password');
await write(database.db, { userId: null }, (tx, audit) =>
  createUser(tx, audit, { username, name: '压测', role: 'leader', departmentId: null, passwordHash }),
);

async function serve(readCacheMs: number): Promise<{ base: string; cookie: string }> {
  const app = await buildApp({ database, config: { webDir: '/nonexistent', readCacheMs } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-password' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie };
}

const bare = Fastify();
bare.get('/bare', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });

console.log(
  JSON.stringify({
    pid: process.pid,
    kind: database.kind,
    planId: plan?.id ?? 1,
    targets: plan?.targets ?? 0,
    bare: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`,
    cached: await serve(Number(process.env.READ_CACHE_MS ?? 2000)),
    uncached: await serve(0),
  }),
);
