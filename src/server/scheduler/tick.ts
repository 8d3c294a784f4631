// One scheduler tick: under a transaction-scoped advisory lock (only one process works per tick), plan today's
// reminders (planReminders, planSheetReminders), claim each key in reminder_log (INSERT … ON CONFLICT DO NOTHING
// RETURNING: the unique key is what guarantees no reminder is sent twice), write in-app notifications, and once a
// day review the 督办单. E-mails go out after the commit, only for keys this tick claimed (docs/supervision.md).
import { sql } from 'drizzle-orm';
import {
  DEFAULT_REMINDER_CONFIG,
  planReminders,
  planSheetReminders,
  type ReminderChannel,
} from '../../domain/supervision/reminders';
import type { Db, Queryable } from '../../storage/db';
import { listPlans } from '../../storage/repos';
import { listSheets } from '../../storage/repos/supervision';
import {
  addNotification,
  claimReminder,
  departmentEmails,
  finishReminder,
  lastRunOn,
  markRun,
} from '../../storage/repos/supervision-notify';
import { type Audit, write } from '../../storage/write';
import type { Mailer } from '../mail';
import { calendarStatuses, loadPlanData, taskTitle } from '../supervision/load';
import { reviewPlanSheets } from '../supervision/sheets';

/** An arbitrary constant for pg_try_advisory_xact_lock (distinct from the migration runner's). */
export const SCHEDULER_LOCK_KEY = 4_711_2025;

export interface TickResult {
  /** False when another process held the lock. */
  ran: boolean;
  inApp: number;
  emailed: number;
  failed: number;
  sheetsIssued: number;
}

interface Outgoing {
  logId: number;
  key: string;
  to: string[];
  subject: string;
  text: string;
}

interface PlannedReminder {
  key: string;
  channel: ReminderChannel;
  departmentId: number;
  subjectZh: string;
  bodyZh: string;
  link: string;
}

async function remindersOf(q: Queryable, planId: number, today: string, channels: ReminderChannel[]) {
  const data = await loadPlanData(q, planId);
  const config = { ...DEFAULT_REMINDER_CONFIG, channels };
  const labels = {
    departments: data.names,
    targets: new Map(data.targets.map(({ target }) => [target.id, taskTitle(data, target)])),
  };
  const report: PlannedReminder[] = planReminders(
    planId,
    calendarStatuses(data, today),
    today,
    config,
    labels,
  ).map((r) => ({ ...r, link: `/plans/${planId}/calendar` }));
  const open = await listSheets(q, { planId, state: 'open' });
  const sheets: PlannedReminder[] = planSheetReminders(
    open.map((s) => ({ ...s.sheet, id: s.row.id, colour: s.sheet.colour })),
    today,
    config,
  ).map((r) => ({ ...r, link: `/sheets/${r.sheetId}` }));
  return { data, reminders: [...report, ...sheets] };
}

async function claimAll(
  tx: Queryable,
  audit: Audit,
  reminders: PlannedReminder[],
  emails: Map<number, string[]>,
  out: { inApp: number; mail: Outgoing[] },
): Promise<void> {
  for (const r of reminders) {
    const to = r.channel === 'email' ? (emails.get(r.departmentId) ?? []) : [];
    if (r.channel === 'email' && to.length === 0) continue;
    const logId = await claimReminder(tx, {
      key: r.key,
      channel: r.channel,
      departmentId: r.departmentId,
      recipients: to,
    });
    if (logId === null) continue;
    await audit('remind', 'reminder', logId, null, { key: r.key });
    if (r.channel === 'in_app') {
      await addNotification(tx, audit, {
        departmentId: r.departmentId,
        userId: null,
        kind: r.key.startsWith('sheet:') ? 'sheet' : 'report',
        subject: r.subjectZh,
        body: r.bodyZh,
        link: r.link,
        reminderKey: r.key,
      });
      await finishReminder(tx, logId, 'sent', null);
      out.inApp++;
    } else {
      out.mail.push({ logId, key: r.key, to, subject: r.subjectZh, text: r.bodyZh });
    }
  }
}

export async function tick(db: Db, mailer: Mailer | null, today: string): Promise<TickResult> {
  const channels: ReminderChannel[] = mailer ? ['in_app', 'email'] : ['in_app'];
  const out = { inApp: 0, mail: [] as Outgoing[], sheetsIssued: 0 };
  const ran = await write(db, { userId: null }, async (tx, audit) => {
    const rows = (await tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(${SCHEDULER_LOCK_KEY}) AS locked`,
    )) as unknown;
    if (!lockedOf(rows)) return false;
    const plans = await listPlans(tx, ['confirmed', 'published']);
    const emails = await departmentEmails(tx);
    const reviewDue = (await lastRunOn(tx, 'sheet-review')) !== today;
    for (const plan of plans) {
      const { data, reminders } = await remindersOf(tx, plan.id, today, channels);
      await claimAll(tx, audit, reminders, emails, out);
      if (reviewDue) out.sheetsIssued += (await reviewPlanSheets(tx, audit, data, today, null)).issued.length;
    }
    if (reviewDue) await markRun(tx, 'sheet-review', today);
    return true;
  });
  let emailed = 0;
  let failed = 0;
  for (const m of out.mail) {
    try {
      await mailer!.send({
        to: m.to,
        subject: m.subject,
        text: m.text,
        headers: { 'X-Duban-Reminder': m.key },
      });
      await finishReminder(db, m.logId, 'sent', null);
      emailed++;
    } catch (e) {
      // Claimed keys are never retried: a reminder may be lost, never doubled; the failure is recorded.
      await finishReminder(db, m.logId, 'failed', e instanceof Error ? e.message.slice(0, 500) : String(e));
      failed++;
    }
  }
  return { ran, inApp: out.inApp, emailed, failed, sheetsIssued: out.sheetsIssued };
}

/** node-postgres returns { rows }, PGlite returns { rows } too; both hold one row with `locked`. */
function lockedOf(result: unknown): boolean {
  const rows =
    (result as { rows?: Array<{ locked?: unknown }> }).rows ?? (result as Array<{ locked?: unknown }>);
  return rows[0]?.locked === true;
}
