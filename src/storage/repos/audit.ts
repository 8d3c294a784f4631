// Reading the audit trail of one record.
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../db';
import { type AuditRow, assignments, auditEvents, users } from '../schema';

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

/**
 * A target's trail: its own writes and those of its assignment (lead and co-operating units, leader, deadline,
 * 节点), which is a record of its own; the target page listed only the first, so an assignment left no trace.
 */
export function listTargetAudit(
  q: Queryable,
  targetId: number,
  limit = 100,
): Promise<(AuditRow & { userName: string | null })[]> {
  const assignmentIds = q
    .select({ id: assignments.id })
    .from(assignments)
    .where(eq(assignments.targetId, targetId));
  return q
    .select({ e: auditEvents, userName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(
      or(
        and(eq(auditEvents.entity, 'target'), eq(auditEvents.entityId, targetId)),
        and(eq(auditEvents.entity, 'assignment'), inArray(auditEvents.entityId, assignmentIds)),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .then((rows) => rows.map((r) => ({ ...r.e, userName: r.userName })));
}
