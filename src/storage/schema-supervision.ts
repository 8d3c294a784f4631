// The drizzle view of migrations/0002_supervision.sql (issue 5): reporting rules, notifications, the reminder
// log, 督办单 and their events, stored 通报 and scheduler job leases. Keep in step with the SQL file.
import { bigserial, boolean, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { day, ts } from './columns';

export type Cadence = 'month' | 'quarter' | 'half' | 'year';
export type SheetColour = 'blue' | 'yellow' | 'red';
export type SheetStateDb = 'open' | 'responded' | 'closed';
export type SheetEventDb = 'issued' | 'escalated' | 'responded' | 'returned' | 'closed';

export const reportingRules = pgTable('reporting_rules', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  targetId: integer('target_id'),
  cadence: text('cadence').notNull().$type<Cadence>(),
  dueDay: integer('due_day'),
  dueLastDay: boolean('due_last_day').notNull().default(false),
  monthOffset: integer('month_offset').notNull().default(0),
  version: integer('version').notNull().default(0),
});

export const notifications = pgTable('notifications', {
  id: serial('id').primaryKey(),
  departmentId: integer('department_id'),
  userId: integer('user_id'),
  kind: text('kind').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  link: text('link'),
  reminderKey: text('reminder_key'),
  readAt: ts('read_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const reminderLog = pgTable('reminder_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  key: text('key').notNull(),
  channel: text('channel').notNull().$type<'in_app' | 'email'>(),
  departmentId: integer('department_id'),
  recipients: jsonb('recipients').notNull().$type<string[]>().default([]),
  outcome: text('outcome').notNull().$type<'pending' | 'sent' | 'skipped' | 'failed'>().default('pending'),
  detail: text('detail'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const dubanSheets = pgTable('duban_sheets', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  targetId: integer('target_id').notNull(),
  departmentId: integer('department_id'),
  year: integer('year').notNull(),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  colour: text('colour').notNull().$type<SheetColour>(),
  reasons: jsonb('reasons').notNull().$type<string[]>().default([]),
  issuedOn: day('issued_on').notNull(),
  responseDeadline: day('response_deadline').notNull(),
  state: text('state').notNull().$type<SheetStateDb>().default('open'),
  responseText: text('response_text'),
  respondedOn: day('responded_on'),
  respondedBy: text('responded_by'),
  closedOn: day('closed_on'),
  closedBy: text('closed_by'),
  issuedBy: integer('issued_by'),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const dubanSheetEvents = pgTable('duban_sheet_events', {
  id: serial('id').primaryKey(),
  sheetId: integer('sheet_id').notNull(),
  position: integer('position').notNull(),
  onDate: day('on_date').notNull(),
  event: text('event').notNull().$type<SheetEventDb>(),
  colour: text('colour').notNull().$type<SheetColour>(),
  note: text('note').notNull().default(''),
  userId: integer('user_id'),
});

export const bulletins = pgTable('bulletins', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  period: text('period').notNull(),
  year: integer('year').notNull(),
  seq: integer('seq').notNull(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  issuedOn: day('issued_on').notNull(),
  snapshot: jsonb('snapshot').notNull().$type<unknown>(),
  createdBy: integer('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: ts('expires_at').notNull(),
  lastRunOn: day('last_run_on'),
});

export type ReportingRuleRow = typeof reportingRules.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type SheetRow = typeof dubanSheets.$inferSelect;
export type SheetEventRow = typeof dubanSheetEvents.$inferSelect;
export type BulletinRow = typeof bulletins.$inferSelect;

export const departmentContacts = pgTable('department_contacts', {
  departmentId: integer('department_id').primaryKey(),
  emails: jsonb('emails').notNull().$type<string[]>().default([]),
  version: integer('version').notNull().default(0),
});
