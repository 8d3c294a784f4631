// Applies numbered SQL migrations (migrations/NNNN_name.sql) in order, each in its own transaction,
// recording them in schema_migrations (STYLE.md habit 8). Safe against concurrent runners on PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './db';

export const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  name: string;
  sql: string;
}

export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** An arbitrary constant key for pg_advisory_xact_lock: serialises runners on one server. */
const LOCK_KEY = 4_711_2024;

/** Returns the names of the migrations it applied. */
export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  await database.rawTransaction(async (c) => {
    if (database.kind === 'postgres') await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await c.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await database.rawTransaction(async (c) => {
      if (database.kind === 'postgres') await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const rows = await c.query('SELECT 1 FROM schema_migrations WHERE name = $1', [m.name]);
      if (rows.length > 0) return false;
      await c.exec(m.sql);
      await c.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}
