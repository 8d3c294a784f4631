// npm run bench:api — requests/s and p50/p99 latency of the dashboard summary and the target list at 32
// connections (autocannon), next to a bare Fastify route measured in the same run. Prints figures only.
// Goal (issue 3): p99 ≤ 20 ms and ≥ 25% of the bare route's throughput. DATABASE_URL selects PostgreSQL.
// @ts-expect-error autocannon ships no type declarations (and @types/autocannon is not installed)
import autocannonUntyped from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/password';
import { seedFirstStart } from '../src/server/seed';
import { openDatabase } from '../src/storage/db';
import { createUser } from '../src/storage/repos';
import { write } from '../src/storage/write';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
const autocannon = autocannonUntyped as (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Figures> {
  // A short warm-up so JIT and caches settle before measuring.
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

const url = process.env.DATABASE_URL;
const database = url ? await openDatabase({ url }) : await openDatabase({ memory: true });
const seeded = await seedFirstStart(database.db);
const planId = seeded.importedPlanId ?? 1;
const passwordHash = await hashPassword('bench-password');
await write(database.db, { userId: null }, (tx, audit) =>
  createUser(tx, audit, {
    username: `bench${process.pid}`,
    name: '压测',
    role: 'leader',
    departmentId: null,
    passwordHash,
  }),
).catch(() => undefined);
const app = await buildApp({
  database,
  config: { webDir: '/nonexistent', readCacheMs: Number(process.env.READ_CACHE_MS ?? 2000) },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const login = await fetch(`${base}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: `bench${process.pid}`, password: 'bench-password' }),
});
const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');

const bare = Fastify();
bare.get('/bare', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

const results = [
  await measure('bare Fastify route', bareUrl),
  await measure('GET /api/plans/:id/dashboard', `${base}/api/plans/${planId}/dashboard`, { cookie }),
  await measure('GET /api/plans/:id/targets', `${base}/api/plans/${planId}/targets`, { cookie }),
];
const bareRps = results[0]!.rps;
const targets = (await (
  await fetch(`${base}/api/plans/${planId}/targets`, { headers: { cookie } })
).json()) as unknown[];

console.log(
  `\nbench:api — ${database.kind}, ${targets.length} targets, ${CONNECTIONS} connections, ${SECONDS} s each`,
);
console.log('route                              req/s     p50 ms   p99 ms   % of bare   errors');
for (const r of results) {
  console.log(
    `${r.name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)}   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${((100 * r.rps) / bareRps).toFixed(1).padStart(8)}%   ${r.errors}`,
  );
}
console.log('goal: p99 ≤ 20 ms and ≥ 25% of the bare route’s req/s');
await app.close();
await bare.close();
await database.close();
