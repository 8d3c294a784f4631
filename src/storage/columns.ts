// Column builders shared by the drizzle schemas (schema.ts, schema-supervision.ts), so a kind of column is
// declared one way: timestamptz read as Date, date read as 'YYYY-MM-DD' text, bytea as bytes.
import { customType, date, timestamp } from 'drizzle-orm/pg-core';

/** timestamptz, read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** date, read as its 'YYYY-MM-DD' text (no time zone shift). */
export const day = (name: string) => date(name, { mode: 'string' });

/** bytea, read as bytes. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
