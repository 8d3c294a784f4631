// The bell lists only notifications meant for the signed-in user: addressed to them or to their department
// (the admin sees the 督查室's own, not every department's), and only those can be marked read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, login, makeUser, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import { seedSupervisionPlan } from '../../../test/helpers/supervision';
import { addNotification } from '../../storage/repos/supervision-notify';
import { write } from '../../storage/write';

let t: TestApp;
let admin: Client;
let reporter: Client;
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedSupervisionPlan(t.database.db);
  const [office, unit] = [...new Set(seeded.leadOf.values())];
  if (office === undefined || unit === undefined) throw new Error('the seed needs two departments');
  const adminUser = await makeUser(t.database, { role: 'admin', departmentId: office });
  admin = await login(t.app, adminUser);
  reporter = await signIn(t, { role: 'reporter', departmentId: unit });
  const rows: Array<[string, number | null, number | null]> = [
    ['to the unit', unit, null],
    ['to the office', office, null],
    ['to the admin', null, adminUser.id],
  ];
  await write(t.database.db, { userId: null }, async (tx, audit) => {
    for (const [subject, departmentId, userId] of rows) {
      const n = await addNotification(tx, audit, {
        departmentId,
        userId,
        kind: 'reminder',
        subject,
        body: '',
        link: null,
        reminderKey: null,
      });
      ids.set(subject, n.id);
    }
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const subjects = async (c: Client) =>
  ((await c.get('/api/notifications')).json() as Array<{ subject: string }>).map((n) => n.subject).sort();

describe('notification bell', () => {
  it.each([
    ['admin', () => admin, ['to the admin', 'to the office']],
    ['reporter', () => reporter, ['to the unit']],
  ])('the %s sees only its own and its department’s', async (_who, client, expected) => {
    expect(await subjects(client())).toEqual(expected);
  });

  it('refuses to mark another department’s notification read, even for the admin', async () => {
    const res = await admin.send('POST', `/api/notifications/${ids.get('to the unit')}/read`);
    expect(res.statusCode).toBe(404);
    const own = await reporter.send('POST', `/api/notifications/${ids.get('to the unit')}/read`);
    expect(own.json()).toMatchObject({ read: true });
  });
});
