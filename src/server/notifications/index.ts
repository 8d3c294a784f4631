// In-app notifications (reminders to report, 督办单 responses due) for the signed-in user and their department
// (the admin's department is the 督查室; nobody sees other departments' notifications);
// the admin sets the e-mail addresses that receive a department's reminders.
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import {
  departmentEmailsSchema as emailsSchema,
  notificationQuerySchema,
  notificationSchema,
} from '../../shared/api/supervision';
import { getDepartment } from '../../storage/repos';
import {
  departmentEmails,
  listNotifications,
  markNotificationRead,
  setDepartmentEmails,
} from '../../storage/repos/supervision-notify';
import type { NotificationRow } from '../../storage/schema-supervision';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';

const present = (n: NotificationRow) => ({
  id: n.id,
  kind: n.kind,
  subject: n.subject,
  body: n.body,
  link: n.link,
  departmentId: n.departmentId,
  read: n.readAt !== null,
  createdAt: n.createdAt.toISOString(),
});

export function notificationRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    {
      schema: { tags, querystring: notificationQuerySchema, response: { 200: z.array(notificationSchema) } },
    },
    async (req) => {
      const user = requireUser(req);
      const unreadOnly = req.query.unread === 'true';
      // Only what is meant for the user: addressed to them or to their department (the admin's is the 督查室).
      const who = { userId: user.id, departmentId: user.departmentId };
      return (await listNotifications(db, who, { unreadOnly })).map(present);
    },
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParamsSchema, response: { 200: notificationSchema } } },
    async (req) => {
      const user = requireUser(req);
      const mine = (n: NotificationRow) =>
        n.userId === user.id || (user.departmentId !== null && n.departmentId === user.departmentId);
      const row = await write(db, { userId: user.id }, (tx, audit) =>
        markNotificationRead(tx, audit, req.params.id, mine),
      );
      return present(row);
    },
  );

  app.get(
    '/api/departments/:id/emails',
    { schema: { tags, params: idParamsSchema, response: { 200: emailsSchema } } },
    async (req) => {
      requireRole(req, 'admin');
      await getDepartment(db, req.params.id);
      return { emails: (await departmentEmails(db)).get(req.params.id) ?? [] };
    },
  );

  app.put(
    '/api/departments/:id/emails',
    { schema: { tags, params: idParamsSchema, body: emailsSchema, response: { 200: emailsSchema } } },
    async (req) => {
      const user = requireRole(req, 'admin');
      const emails = await write(db, { userId: user.id }, async (tx, audit) => {
        await getDepartment(tx, req.params.id);
        return setDepartmentEmails(tx, audit, req.params.id, [...new Set(req.body.emails)]);
      });
      return { emails };
    },
  );
}
