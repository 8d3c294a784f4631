#!/usr/bin/env node
// The README's test command. Runs the whole vitest suite once on the embedded database (PGlite), and
// prints the plain closing line `N passed, N failed` that CI reads (STACK.md pitfall 11).
// Extra arguments are passed to vitest (e.g. `npm test -- src/extract`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = join('node_modules', '.bin', 'vitest');
const extra = process.argv.slice(2);

function runPass(label, env) {
  const out = join(tmpdir(), `duban-vitest-${process.pid}-${label}.json`);
  rmSync(out, { force: true });
  console.log(`\n=== tests: ${label} ===`);
  const r = spawnSync(
    vitest,
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra],
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

const passes = [runPass('pglite', { DATABASE_URL: '' })];
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
