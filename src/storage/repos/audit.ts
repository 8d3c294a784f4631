// Reading the audit trail of one record.
import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db';
import { type AuditRow, auditEvents, users } from '../schema';

export function listAudit(
  q: Queryable,
  entity: string,
  entityId: number,
  limit = 100,
): Promise<(AuditRow & { userName: string | null })[]> {
  return q
    .select({ e: auditEvents, userName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .then((rows) => rows.map((r) => ({ ...r.e, userName: r.userName })));
}
