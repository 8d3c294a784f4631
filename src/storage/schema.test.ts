// The drizzle schema (src/storage/schema*.ts) must describe exactly what the SQL migrations create: the same
// tables, columns, types, nullability, defaults and primary keys. Read from a freshly migrated database's
// catalogue (PGlite, or the PostgreSQL pass), compared with getTableConfig of every exported pgTable.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/db';
import type { Database } from './db';

interface Column {
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  primaryKey: boolean;
}
type Tables = Record<string, Record<string, Column>>;

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** drizzle's SQL type as PostgreSQL's format_type() writes it. */
function catalogueType(drizzleType: string): string {
  const char = /^char\((\d+)\)$/.exec(drizzleType);
  if (char) return `character(${char[1]})`;
  return ({ serial: 'integer', bigserial: 'bigint' } as Record<string, string>)[drizzleType] ?? drizzleType;
}

/** Every pgTable exported by src/storage/schema*.ts (the core schema and any area's own file). */
async function drizzleTables(): Promise<Tables> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(dir).filter((f) => /^schema[\w-]*\.ts$/.test(f) && !f.endsWith('.test.ts'));
  const out: Tables = {};
  for (const file of files) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!is(value, PgTable)) continue;
      const config = getTableConfig(value);
      const pk = new Set(config.primaryKeys.flatMap((k) => k.columns.map((c) => c.name)));
      out[config.name] = Object.fromEntries(
        config.columns.map((c) => [
          c.name,
          {
            type: catalogueType(c.getSQLType()),
            notNull: c.notNull,
            hasDefault: c.hasDefault,
            primaryKey: c.primary || pk.has(c.name),
          },
        ]),
      );
    }
  }
  return out;
}

/** The migrated database's tables, from the catalogue of the current schema. */
async function databaseTables(): Promise<Tables> {
  const { rows } = (await database.db.execute(sql`
    select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
           a.attnotnull as not_null, a.atthasdef as has_default,
           exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary
                   and a.attnum = any (i.indkey)) as primary_key
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where c.relkind = 'r' and c.relname <> 'schema_migrations'`)) as unknown as {
    rows: {
      table: string;
      column: string;
      type: string;
      not_null: boolean;
      has_default: boolean;
      primary_key: boolean;
    }[];
  };
  const out: Tables = {};
  for (const r of rows) {
    out[r.table] ??= {};
    out[r.table]![r.column] = {
      type: r.type,
      notNull: r.not_null,
      hasDefault: r.has_default,
      primaryKey: r.primary_key,
    };
  }
  return out;
}

describe('drizzle schema and SQL migrations', () => {
  it('declare the same tables', async () => {
    const [mine, theirs] = [await drizzleTables(), await databaseTables()];
    expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
  });

  it('declare the same columns with the same type, nullability, default and primary key', async () => {
    const [mine, theirs] = [await drizzleTables(), await databaseTables()];
    const differences: string[] = [];
    for (const [table, columns] of Object.entries(theirs)) {
      const names = new Set([...Object.keys(columns), ...Object.keys(mine[table] ?? {})]);
      for (const column of names) {
        const [d, s] = [mine[table]?.[column], columns[column]];
        if (JSON.stringify(d) !== JSON.stringify(s)) {
          differences.push(`${table}.${column}: drizzle ${JSON.stringify(d)} ≠ SQL ${JSON.stringify(s)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});
