// Every write runs in ONE transaction and records an AuditEvent (who, when, what, before/after).

import type { Db, Tx } from './db';
import { auditEvents } from './schema';

export interface Actor {
  userId: number | null;
}

export type Audit = (
  action: string,
  entity: string,
  entityId: number | null,
  before: unknown,
  after: unknown,
) => Promise<void>;

/** Runs fn in a transaction; audit() inserts an audit row in the same transaction. */
export function write<T>(db: Db, actor: Actor, fn: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const audit: Audit = async (action, entity, entityId, before, after) => {
      await tx.insert(auditEvents).values({
        userId: actor.userId,
        action,
        entity,
        entityId,
        before: toJson(before),
        after: toJson(after),
      });
    };
    return fn(tx, audit);
  });
}

/** Rows carry Dates and Uint8Arrays; audit JSON keeps dates as ISO strings and drops binary data. */
function toJson(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? `<${x.byteLength} bytes>` : x)),
  );
}
