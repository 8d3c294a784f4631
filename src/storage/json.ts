// Rows as JSON values built by PostgreSQL from the drizzle schema's columns. The judged views read a whole
// plan in ONE statement this way (src/storage/repos/reads.ts): on embedded PGlite every statement costs six
// protocol calls into WebAssembly, every returned field a call back out, and every byte a decoding step.
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Timestamps would come back as strings and bytea as hex: such columns must be left out of a JSON row. */
function jsonSafe(col: PgColumn): boolean {
  const type = col.getSQLType();
  return !type.startsWith('timestamp') && type !== 'bytea';
}

/** `json_build_object('key', <column or expression>, …)` for the given keys. */
export function jsonObject(fields: Record<string, PgColumn | SQL>): SQL {
  const entries = Object.entries(fields);
  for (const [key] of entries) {
    // Keys are identifiers from our own code, inlined as SQL string literals.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`jsonObject: bad key ${key}`);
  }
  return sql`json_build_object(${sql.join(
    entries.map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`),
    sql`, `,
  )})`;
}

/** A row as a positional JSON array (no keys: about half the bytes of an object) and how to read it back. */
export interface JsonTuple<Row> {
  sql: SQL;
  read(values: readonly unknown[]): Row;
}

/**
 * The table's row as a positional JSON array of its columns except `omit` (timestamp and bytea columns must be
 * omitted; this throws otherwise), read back into an object with the schema's keys.
 */
export function jsonTuple<T extends PgTable, K extends keyof T['$inferSelect'] & string = never>(
  table: T,
  omit: readonly K[] = [],
): JsonTuple<Omit<T['$inferSelect'], K>> {
  const cols = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(
    ([key]) => !(omit as readonly string[]).includes(key),
  );
  const unsafe = cols.filter(([, col]) => !jsonSafe(col)).map(([key]) => key);
  if (unsafe.length > 0) throw new Error(`jsonTuple: omit ${unsafe.join(', ')} (not JSON-safe)`);
  const keys = cols.map(([key]) => key);
  return {
    sql: sql`json_build_array(${sql.join(
      cols.map(([, col]) => sql`${col}`),
      sql`, `,
    )})`,
    read: (values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
      return row as Omit<T['$inferSelect'], K>;
    },
  };
}

/** `coalesce(json_agg(<value> order by …), '[]')`: a JSON array, empty rather than null. */
export function jsonArray(value: SQL, orderBy?: SQL): SQL {
  return sql`coalesce(json_agg(${value}${orderBy ? sql` order by ${orderBy}` : sql``}), '[]'::json)`;
}
