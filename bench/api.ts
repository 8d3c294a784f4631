// npm run bench:api — requests/s and p50/p99 latency at 32 connections (autocannon) of the dashboard summary
// and the target list, with the read cache and without it (every request reads and judges), next to a bare
// Fastify route measured in the same run. The server runs in a child process (bench/api-server.ts) so the
// load generator does not share its thread. Prints figures only; DATABASE_URL selects PostgreSQL.
// Goal (issue 3): p99 ≤ 20 ms and ≥ 25% of the bare route's throughput.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
// @ts-expect-error autocannon ships no type declarations (and @types/autocannon is not installed)
import autocannonUntyped from 'autocannon';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  throughput: { average: number };
  errors: number;
  '4xx': number;
  '5xx': number;
}
const autocannon = autocannonUntyped as (opts: {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

interface Served {
  pid: number;
  kind: string;
  planId: number;
  targets: number;
  bare: string;
  cached: { base: string; cookie: string };
  uncached: { base: string; cookie: string };
}

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// Load generator threads (autocannon `workers`), the same for every route. 0 = autocannon's one thread, which
// saturates on large responses; with N > 0 the connections are split over N worker threads.
const WORKERS = Number(process.env.BENCH_WORKERS ?? 0);

/** The server process's CPU time in clock ticks (Linux /proc; null elsewhere). */
function serverTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

async function measure(url: string, pid: number, headers: Record<string, string> = {}) {
  const opts = { url, connections: CONNECTIONS, headers, ...(WORKERS > 0 ? { workers: WORKERS } : {}) };
  // A short warm-up so JIT and caches settle before measuring.
  await autocannon({ ...opts, duration: 1 });
  const before = serverTicks(pid);
  const clientBefore = process.cpuUsage();
  const r = await autocannon({ ...opts, duration: SECONDS });
  const after = serverTicks(pid);
  // The generator's own CPU (all its threads), in percent of one core: near 100% with one thread = saturated.
  const client = process.cpuUsage(clientBefore);
  // Clock ticks are 1/100 s on Linux: ticks per second = percent of one core.
  const cpu = before === null || after === null ? null : (after - before) / SECONDS;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    kb: r.throughput.average / r.requests.average / 1024,
    // 304 answers to If-None-Match are the point of that row, not errors.
    errors: r.errors + r['4xx'] + r['5xx'],
    cpu,
    clientCpu: (client.user + client.system) / 1e4 / SECONDS,
  };
}

const child = spawn('node_modules/.bin/tsx', ['bench/api-server.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const served = await new Promise<Served>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`bench/api-server.ts exited with ${code}`)));
  createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line) as Served));
});

try {
  const rows: [string, Awaited<ReturnType<typeof measure>>][] = [
    ['bare Fastify route', await measure(served.bare, served.pid)],
  ];
  for (const [route, path] of [
    ['dashboard', `/api/plans/${served.planId}/dashboard`],
    ['target list', `/api/plans/${served.planId}/targets`],
  ] as const) {
    for (const mode of ['cached', 'uncached'] as const) {
      const s = served[mode];
      rows.push([`${route}, ${mode}`, await measure(`${s.base}${path}`, served.pid, { cookie: s.cookie })]);
    }
  }
  // What a browser sends: gzip accepted (the cached body is gzipped once per entry), and revalidation of a
  // list it holds (If-None-Match → 304, no body).
  const list = `${served.cached.base}/api/plans/${served.planId}/targets`;
  const cookie = served.cached.cookie;
  rows.push([
    'target list, cached, gzip',
    await measure(list, served.pid, { cookie, 'accept-encoding': 'gzip, deflate, br' }),
  ]);
  const etag = (await fetch(list, { headers: { cookie } })).headers.get('etag') ?? '';
  rows.push(['target list, cached, 304', await measure(list, served.pid, { cookie, 'if-none-match': etag })]);
  // The bare route again at the end: on a shared machine it moves a lot; the share uses the mean of both.
  rows.push(['bare Fastify route, again', await measure(served.bare, served.pid)]);
  const bareRps = (rows[0]![1].rps + rows.at(-1)![1].rps) / 2;
  console.log(
    `\nbench:api — ${served.kind}, ${served.targets} targets, ${CONNECTIONS} connections, ${SECONDS} s each, load generator ${WORKERS > 0 ? `${WORKERS} worker threads` : 'one thread'} (server in its own process; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(
    'route                           req/s   p50 ms   p99 ms   % of bare   KB/resp   server CPU   client CPU   errors   goal',
  );
  for (const [name, r] of rows) {
    const share = (100 * r.rps) / bareRps;
    const goal = name.startsWith('bare') ? '' : r.p99 <= 20 && share >= 25 ? 'met' : 'missed';
    console.log(
      `${name.padEnd(29)} ${r.rps.toFixed(0).padStart(7)}   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${share.toFixed(1).padStart(8)}%   ${r.kb.toFixed(1).padStart(7)}   ${r.cpu === null ? '         —' : `${r.cpu.toFixed(0).padStart(9)}%`}   ${r.clientCpu.toFixed(0).padStart(9)}%   ${String(r.errors).padStart(6)}   ${goal}`,
    );
  }
  console.log(
    'goal: p99 ≤ 20 ms and ≥ 25% of the bare route’s req/s; "uncached" reads and judges on every request',
  );
} finally {
  child.kill();
}
