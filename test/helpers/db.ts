// A fresh, migrated database for one test file: PGlite in memory from a migrated snapshot (STACK.md
// pitfall 4: ≈0.5 s instead of 2–3.5 s), or, when DATABASE_URL is set, its own schema on that server.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/storage/db';
import { listMigrations } from '../../src/storage/migrate';

export const testDbKind: 'pglite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

function snapshotPath(): string {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.name).update(m.sql);
  return join(tmpdir(), `duban-pglite-migrated-${h.digest('hex').slice(0, 16)}.tar.gz`);
}

async function pgliteFromSnapshot(): Promise<Database> {
  const path = snapshotPath();
  if (existsSync(path)) {
    return openDatabase({ memory: true, snapshot: new Blob([readFileSync(path)]) });
  }
  const db = await openDatabase({ memory: true });
  const blob = await db.dump!();
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, new Uint8Array(await blob.arrayBuffer()));
  renameSync(tmp, path);
  return db;
}

async function postgresSchema(url: string): Promise<Database> {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openDatabase({ url, searchPath: schema, poolSize: 4 });
  return {
    ...db,
    close: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** Opens the test database of this run (see scripts/test.mjs for the PostgreSQL pass). */
export function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? postgresSchema(url) : pgliteFromSnapshot();
}
