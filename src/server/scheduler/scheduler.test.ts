// Two scheduler instances on one database (two connection pools on PostgreSQL in the second pass) and a real SMTP
// server on 127.0.0.1: each reminder arrives exactly once by e-mail and once in-app, however the ticks interleave.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeUser } from '../../../test/helpers/app';
import { openTestDatabase } from '../../../test/helpers/db';
import { type SeededPlan, seedSupervisionPlan } from '../../../test/helpers/supervision';
import { configSchema } from '../../config';
import { type Database, openDatabase } from '../../storage/db';
import { setPlanStatus } from '../../storage/repos';
import { listReminderLog, setDepartmentEmails } from '../../storage/repos/supervision-notify';
import { write } from '../../storage/write';
import { buildApp } from '../app';
import type { App } from '../context';
import { createMailer } from '../mail';
import { Scheduler } from '.';

interface Received {
  key: string;
  to: string[];
}

let one: Database;
let two: Database;
let dropSchema: () => Promise<void> = async () => {};
let smtp: SMTPServer;
const received: Received[] = [];
let seeded: SeededPlan;
let app: App;

/** Two Database handles on the same data: two pools on one PostgreSQL schema, or one PGlite shared. */
async function twoHandles(): Promise<[Database, Database]> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openTestDatabase();
    return [db, db];
  }
  const schema = `s_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const a = await openDatabase({ url, searchPath: schema, poolSize: 4 });
  const b = await openDatabase({ url, searchPath: schema, poolSize: 4, migrate: false });
  dropSchema = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  };
  return [a, b];
}

function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const key =
          /^X-Duban-Reminder: (.+)$/m.exec(Buffer.concat(chunks).toString('utf8'))?.[1]?.trim() ?? '';
        received.push({ key, to: session.envelope.rcptTo.map((r) => r.address) });
        done();
      });
    },
  });
  return new Promise((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  [one, two] = await twoHandles();
  seeded = await seedSupervisionPlan(one.db);
  const gdpDept = seeded.leadOf.get(seeded.gdp.id)!;
  const projectsDept = seeded.leadOf.get(seeded.projects.id)!;
  await write(one.db, { userId: null }, async (tx, audit) => {
    await setPlanStatus(tx, audit, seeded.planId, 'confirmed', undefined);
    await setDepartmentEmails(tx, audit, gdpDept, ['fgj@example.gov.cn', 'fgj2@example.gov.cn']);
    await setDepartmentEmails(tx, audit, projectsDept, ['zs@example.gov.cn']);
  });
  const port = await startSmtp();
  const config = configSchema.parse({ smtpHost: '127.0.0.1', smtpPort: String(port) });
  const s1 = new Scheduler(one.db, createMailer(config));
  const s2 = new Scheduler(two.db, createMailer(config));
  // Reminder days around the 25th (3 days before, 1 day before, the due day, 催办 after it), each ticked by
  // both instances at once and then again.
  for (const day of ['2024-10-22', '2024-10-24', '2024-10-25', '2024-10-26', '2024-10-26']) {
    await Promise.all([s1.runOnce(day), s2.runOnce(day)]);
    await s2.runOnce(day);
  }
  await Promise.all([s1.stop(), s2.stop()]);
  app = await buildApp({ database: one, config: { webDir: '/nonexistent', loginRateLimit: 1000 } });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  await one?.close();
  if (two !== one) await two?.close();
  await dropSchema();
});

describe('scheduler', () => {
  it('sends each e-mail reminder exactly once, to the department’s addresses', async () => {
    expect(received.length).toBeGreaterThan(0);
    const keys = received.map((r) => r.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const log = await listReminderLog(one.db);
    const sentMail = log.filter((l) => l.channel === 'email' && l.outcome === 'sent').map((l) => l.key);
    expect([...keys].sort()).toEqual([...sentMail].sort());
    const gdpDept = seeded.leadOf.get(seeded.gdp.id)!;
    const toGdp = received.find((r) => r.key.startsWith(`report:${seeded.planId}:${gdpDept}:`));
    expect(toGdp?.to.sort()).toEqual(['fgj2@example.gov.cn', 'fgj@example.gov.cn']);
  });

  it('plans every stage on its day: 3 days before, 1 day before, due day, then 催办', () => {
    const stages = new Set(received.map((r) => /:(before\d|due_today0|overdue\d):/.exec(r.key)?.[1]));
    expect([...stages].sort()).toEqual(expect.arrayContaining(['before1', 'before3', 'due_today0']));
  });

  it('writes one in-app notification per reminder, shown to the department’s reporter', async () => {
    const log = await listReminderLog(one.db);
    const inApp = log.filter((l) => l.channel === 'in_app');
    expect(inApp.every((l) => l.outcome === 'sent')).toBe(true);
    const dept = seeded.leadOf.get(seeded.gdp.id)!;
    const reporter = await login(app, await makeUser(one, { role: 'reporter', departmentId: dept }));
    const mine = (await reporter.get('/api/notifications')).json() as Array<{
      id: number;
      subject: string;
      read: boolean;
    }>;
    expect(mine.length).toBe(inApp.filter((l) => l.departmentId === dept).length);
    expect(mine[0]!.subject).toMatch(/【(报送提醒|催办|督办)】/);
    const read = await reporter.send('POST', `/api/notifications/${mine[0]!.id}/read`);
    expect(read.json()).toMatchObject({ read: true });
    expect(((await reporter.get('/api/notifications?unread=true')).json() as unknown[]).length).toBe(
      mine.length - 1,
    );
  });

  it('issues the day’s 督办单 once, whichever instance ran the review', async () => {
    const { listSheets } = await import('../../storage/repos/supervision');
    const sheets = await listSheets(one.db, { planId: seeded.planId });
    const targets = sheets.map((s) => s.row.targetId);
    expect(sheets.length).toBeGreaterThan(0);
    expect(targets.filter((x, i) => targets.indexOf(x) !== i)).toEqual([]);
  });
});
