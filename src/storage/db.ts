// Opens the database: embedded PGlite in a data folder, or a PostgreSQL server by URL. Both run the same
// drizzle schema and the same SQL migrations (STACK.md: one pgTable schema for both drivers).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireLock } from './lock';
import { migrate } from './migrate';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

/** Runs a multi-statement SQL script, or one statement with parameters, on a raw connection. */
export interface RawClient {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs fn in one raw transaction (used by the migration runner). */
  rawTransaction<T>(fn: (client: RawClient) => Promise<T>): Promise<T>;
  /** PGlite only: a gzipped dump of the data dir (a migrated snapshot for fast tests, STACK.md pitfall 4). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

export type OpenOptions =
  /** Embedded PGlite in DIR/pglite; DIR is created and locked. */
  | { dataDir: string; migrate?: boolean }
  /** In-memory PGlite, optionally from a snapshot made by dump(). */
  | { memory: true; snapshot?: Blob; migrate?: boolean }
  /** PostgreSQL server; `searchPath` isolates one schema (used by tests). */
  | { url: string; searchPath?: string; poolSize?: number; migrate?: boolean };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const database = 'url' in opts ? await openPostgres(opts) : await openPglite(opts);
  if (opts.migrate !== false) {
    try {
      await migrate(database);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

async function openPglite(opts: { dataDir: string } | { memory: true; snapshot?: Blob }): Promise<Database> {
  let release = () => {};
  let client: PGlite;
  if ('dataDir' in opts) {
    // PGlite does not create parent folders (STACK.md pitfall 3).
    mkdirSync(opts.dataDir, { recursive: true });
    release = acquireLock(join(opts.dataDir, 'duban.lock'));
    try {
      client = await PGlite.create(join(opts.dataDir, 'pglite'));
    } catch (e) {
      release();
      throw e;
    }
  } else {
    client = await PGlite.create(opts.snapshot ? { loadDataDir: opts.snapshot } : {});
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    rawTransaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
        }),
      ),
    dump: async () => client.dumpDataDir('gzip'),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(opts: {
  url: string;
  searchPath?: string;
  poolSize?: number;
}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    rawTransaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as T[],
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
