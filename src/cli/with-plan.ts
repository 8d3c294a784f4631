// Shared by `duban export` and `duban bulletin`: open the configured database (--data or DATABASE_URL), load one
// plan, run, close; catalogued errors become one line on stderr and exit code 1 (never a stack trace).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configOrReport, openConfigured } from '../server/start';
import { loadPlanData, type PlanData } from '../server/supervision/load';
import { AppError } from '../shared/api/errors';
import type { Database } from '../storage/db';

export async function withPlan(
  command: string,
  opts: { data?: string | undefined; plan: string | undefined },
  fn: (data: PlanData, database: Database) => Promise<number>,
): Promise<number> {
  const planId = Number(opts.plan);
  if (!opts.plan || !Number.isInteger(planId) || planId <= 0) {
    process.stderr.write(`duban ${command}: --plan 应为正整数 / --plan must be a positive integer\n`);
    return 2;
  }
  const config = configOrReport(opts.data ? { dataDir: opts.data } : {});
  if (!config) return 1;
  let database: Database;
  try {
    database = await openConfigured(config);
  } catch (e) {
    process.stderr.write(`duban ${command}: ${firstLine(e)}\n`);
    return 1;
  }
  try {
    return await fn(await loadPlanData(database.db, planId), database);
  } catch (e) {
    process.stderr.write(`duban ${command}: ${describe(e)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]?.trim() || 'unexpected error';
}

function describe(e: unknown): string {
  if (e instanceof AppError) return `${e.detail?.zh ?? e.message} / ${e.message}`;
  return firstLine(e);
}

/** Writes the file (creating its folder) and prints where it went. */
export function writeOut(command: string, out: string, bytes: Uint8Array): void {
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  process.stdout.write(`duban ${command}: 已写入 / wrote ${path} (${bytes.byteLength} bytes)\n`);
}
