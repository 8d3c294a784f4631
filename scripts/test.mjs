#!/usr/bin/env node
// The README's test command. Runs the whole vitest suite once on the embedded database (PGlite); then, when a
// PostgreSQL server is reachable (DATABASE_URL given, or 127.0.0.1:5432 answering), creates a fresh database
// duban_test_<pid>, runs the storage and server tests again against it, and drops it. Prints the plain
// closing line `N passed, N failed` over both passes that CI reads (STACK.md pitfalls 6, 11).
// Extra arguments are passed to vitest (e.g. `npm test -- src/extract`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = join('node_modules', '.bin', 'vitest');
const extra = process.argv.slice(2);

function runPass(label, env, files = []) {
  const out = join(tmpdir(), `duban-vitest-${process.pid}-${label}.json`);
  rmSync(out, { force: true });
  console.log(`\n=== tests: ${label} ===`);
  const r = spawnSync(
    vitest,
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra, ...files],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (!existsSync(out)) return { passed: 0, failed: 1, skipped: 0, code: r.status ?? 1 };
  const j = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  const failed = j.numFailedTests + (j.numFailedTestSuites ?? 0);
  return {
    passed: j.numPassedTests,
    failed,
    skipped: j.numPendingTests + j.numTodoTests,
    code: r.status ?? 1,
  };
}

/** True when something accepts TCP connections at host:port within the timeout. */
function answers(host, port, ms = 700) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function postgresPass() {
  // Only the storage and server tests touch the database; a command-line filter elsewhere skips this pass.
  const touchesDb = (a) => /^(\.\/)?(src\/(storage|server)|test)(\/|$)/.test(a);
  const files = extra.length === 0 ? ['src/storage', 'src/server'] : extra.some(touchesDb) ? [] : null;
  if (files === null) return null;
  const given = process.env.DATABASE_URL;
  const adminUrl =
    given || ((await answers('127.0.0.1', 5432)) ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
  if (!adminUrl) {
    console.log('\n=== tests: postgres skipped (no DATABASE_URL and nothing answers on 127.0.0.1:5432) ===');
    return null;
  }
  const { default: pg } = await import('pg');
  const name = `duban_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
  } catch (e) {
    console.log(
      `\n=== tests: postgres skipped (cannot create a test database: ${e.message.split('\n')[0]}) ===`,
    );
    await admin.end().catch(() => {});
    return null;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return runPass('postgres', { DATABASE_URL: url.toString() }, files);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

const passes = [runPass('pglite', { DATABASE_URL: '' })];
const pgPass = await postgresPass();
if (pgPass) passes.push(pgPass);
// CI sets DUBAN_REQUIRE_POSTGRES=1: there a missing PostgreSQL pass is a failure, not a quiet skip.
else if (process.env.DUBAN_REQUIRE_POSTGRES === '1' && extra.length === 0) {
  console.log('\n=== tests: the PostgreSQL pass is required (DUBAN_REQUIRE_POSTGRES=1) but did not run ===');
  passes.push({ passed: 0, failed: 1, skipped: 0, code: 1 });
}
const total = passes.reduce(
  (a, p) => ({
    passed: a.passed + p.passed,
    failed: a.failed + p.failed,
    skipped: a.skipped + p.skipped,
    code: a.code || p.code,
  }),
  { passed: 0, failed: 0, skipped: 0, code: 0 },
);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.code !== 0 ? 1 : 0);
