// In-app notifications, the reminder log (its unique key is what guarantees a reminder is sent at most once,
// even with several server processes on one PostgreSQL) and scheduler job leases.
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db';
import { notFound } from '../errors';
import {
  departmentContacts,
  jobLeases,
  type NotificationRow,
  notifications,
  reminderLog,
} from '../schema-supervision';
import type { Audit } from '../write';

export type NotificationInput = Pick<
  NotificationRow,
  'departmentId' | 'userId' | 'kind' | 'subject' | 'body' | 'link' | 'reminderKey'
>;

export async function addNotification(
  q: Queryable,
  audit: Audit,
  n: NotificationInput,
): Promise<NotificationRow> {
  const [row] = await q.insert(notifications).values(n).returning();
  await audit('notify', 'notification', row!.id, null, { subject: n.subject, departmentId: n.departmentId });
  return row!;
}

/** A user's notifications: addressed to them or to their department, newest first. */
export function listNotifications(
  q: Queryable,
  who: { userId: number; departmentId: number | null },
  opts: { unreadOnly?: boolean; limit?: number } = {},
): Promise<NotificationRow[]> {
  const mine = who.departmentId
    ? or(eq(notifications.userId, who.userId), eq(notifications.departmentId, who.departmentId))
    : eq(notifications.userId, who.userId);
  return q
    .select()
    .from(notifications)
    .where(opts.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit ?? 100);
}

export async function markNotificationRead(
  q: Queryable,
  audit: Audit,
  id: number,
  visible: (n: NotificationRow) => boolean,
): Promise<NotificationRow> {
  const [before] = await q.select().from(notifications).where(eq(notifications.id, id));
  if (!before || !visible(before)) throw notFound('notification', id);
  if (before.readAt) return before;
  const [row] = await q
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, id))
    .returning();
  await audit('read', 'notification', id, { readAt: null }, { readAt: row!.readAt });
  return row!;
}

/**
 * Claims a reminder key: INSERT … ON CONFLICT (key) DO NOTHING RETURNING. True only for the one caller whose
 * row went in; every other caller (another process, a later tick) gets false and must not send.
 */
export async function claimReminder(
  q: Queryable,
  r: { key: string; channel: 'in_app' | 'email'; departmentId: number | null; recipients: string[] },
): Promise<number | null> {
  const rows = await q
    .insert(reminderLog)
    .values({ key: r.key, channel: r.channel, departmentId: r.departmentId, recipients: r.recipients })
    .onConflictDoNothing({ target: reminderLog.key })
    .returning({ id: reminderLog.id });
  return rows[0]?.id ?? null;
}

export async function finishReminder(
  q: Queryable,
  id: number,
  outcome: 'sent' | 'skipped' | 'failed',
  detail: string | null,
): Promise<void> {
  await q.update(reminderLog).set({ outcome, detail }).where(eq(reminderLog.id, id));
}

export function listReminderLog(q: Queryable, keys?: string[]) {
  const base = q.select().from(reminderLog);
  return (keys ? base.where(inArray(reminderLog.key, keys.length ? keys : [''])) : base).orderBy(
    reminderLog.id,
  );
}

/**
 * Takes or renews the lease of a job for `ms`: true when this holder has it (free, expired, or already ours).
 * One statement, so two processes cannot both win.
 */
export async function takeLease(q: Queryable, name: string, holder: string, ms: number): Promise<boolean> {
  const until = new Date(Date.now() + ms);
  const rows = await q
    .insert(jobLeases)
    .values({ name, holder, expiresAt: until })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder, expiresAt: until },
      setWhere: or(eq(jobLeases.holder, holder), sql`${jobLeases.expiresAt} < now()`),
    })
    .returning({ holder: jobLeases.holder });
  return rows[0]?.holder === holder;
}

export async function releaseLease(q: Queryable, name: string, holder: string): Promise<void> {
  await q
    .update(jobLeases)
    .set({ expiresAt: new Date(0) })
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)));
}

/** The day a once-a-day job last ran, and marking it (both under the job's lease or lock). */
export async function lastRunOn(q: Queryable, name: string): Promise<string | null> {
  const [row] = await q.select({ d: jobLeases.lastRunOn }).from(jobLeases).where(eq(jobLeases.name, name));
  return row?.d ?? null;
}

export async function markRun(q: Queryable, name: string, on: string): Promise<void> {
  await q
    .insert(jobLeases)
    .values({ name, holder: '', expiresAt: new Date(0), lastRunOn: on })
    .onConflictDoUpdate({ target: jobLeases.name, set: { lastRunOn: on } });
}

/** department id → the e-mail addresses that receive its reminders. */
export async function departmentEmails(q: Queryable): Promise<Map<number, string[]>> {
  const rows = await q.select().from(departmentContacts);
  return new Map(rows.map((r) => [r.departmentId, r.emails]));
}

export async function setDepartmentEmails(
  q: Queryable,
  audit: Audit,
  departmentId: number,
  emails: string[],
): Promise<string[]> {
  const [before] = await q
    .select()
    .from(departmentContacts)
    .where(eq(departmentContacts.departmentId, departmentId));
  await q
    .insert(departmentContacts)
    .values({ departmentId, emails })
    .onConflictDoUpdate({
      target: departmentContacts.departmentId,
      set: { emails, version: (before?.version ?? 0) + 1 },
    });
  await audit('set_emails', 'department', departmentId, before?.emails ?? [], emails);
  return emails;
}
