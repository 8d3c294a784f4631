// The drizzle view of migrations/*.sql: one pgTable schema for PGlite and PostgreSQL alike.
// The SQL files are the source of truth; keep this file in step with them (a test compares both).
import {
  bigserial,
  boolean,
  char,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
} from 'drizzle-orm/pg-core';
import type { RegionLevel } from '../shared/api/users';
import type { Verdict } from '../shared/status';
import { bytea, day, ts } from './columns';

export interface Milestone {
  date: string;
  label: string;
  expectedPct?: number;
}

export interface StoredWarning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface ExtractedOriginal {
  indicator: string;
  comparator: string;
  value: number | null;
  unit: string;
  type: string;
  modality: string;
}

export const regions = pgTable('regions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  level: text('level').notNull().$type<RegionLevel>(),
  parentId: integer('parent_id'),
  rules: jsonb('rules').$type<unknown>(),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  regionId: integer('region_id').notNull(),
  name: text('name').notNull(),
  aliases: jsonb('aliases').notNull().$type<string[]>().default([]),
  kind: text('kind')
    .notNull()
    .$type<'department' | 'township' | 'vertical' | 'office' | 'other'>()
    .default('department'),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const plans = pgTable('plans', {
  id: serial('id').primaryKey(),
  regionId: integer('region_id').notNull(),
  year: integer('year').notNull(),
  reviewYear: integer('review_year'),
  title: text('title').notNull(),
  status: text('status').notNull().$type<'draft' | 'confirmed' | 'published'>().default('draft'),
  sourceName: text('source_name').notNull(),
  sourceText: text('source_text').notNull(),
  sourceHash: char('source_hash', { length: 64 }).notNull(),
  mainTargets: jsonb('main_targets').$type<{ start: number; end: number } | null>(),
  warnings: jsonb('warnings').notNull().$type<StoredWarning[]>().default([]),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const sections = pgTable('sections', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  position: integer('position').notNull(),
  level: text('level').notNull().$type<'part' | 'area'>(),
  ordinal: text('ordinal').notNull(),
  title: text('title').notNull(),
  role: text('role').$type<'review' | 'plan' | 'targets' | 'self' | 'other'>(),
  start: integer('start_at').notNull(),
  end: integer('end_at').notNull(),
});

export const tasks = pgTable('tasks', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  sectionId: integer('section_id'),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  start: integer('start_at').notNull(),
  end: integer('end_at').notNull(),
});

export const targets = pgTable('targets', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  taskId: integer('task_id'),
  sectionId: integer('section_id'),
  kind: text('kind').notNull().$type<'target' | 'qualitative'>(),
  indicator: text('indicator').notNull(),
  comparator: text('comparator').notNull(),
  value: doublePrecision('value'),
  unit: text('unit').notNull().default(''),
  type: text('type').notNull(),
  modality: text('modality').notNull().default('plain'),
  attribute: text('attribute').notNull().$type<'expected' | 'obligatory'>().default('expected'),
  floor: doublePrecision('floor'),
  stretch: doublePrecision('stretch'),
  tolerance: doublePrecision('tolerance'),
  main: boolean('main').notNull().default(false),
  span: text('span').notNull(),
  start: integer('start_at').notNull(),
  end: integer('end_at').notNull(),
  original: jsonb('original').$type<ExtractedOriginal | null>(),
  extra: jsonb('extra').$type<Record<string, unknown> | null>(),
  published: boolean('published').notNull().default(false),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const actuals = pgTable('actuals', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  indicator: text('indicator').notNull(),
  comparator: text('comparator').notNull(),
  value: doublePrecision('value').notNull(),
  unit: text('unit').notNull().default(''),
  ratioToPlan: doublePrecision('ratio_to_plan'),
  yoyPct: doublePrecision('yoy_pct'),
  span: text('span').notNull(),
  start: integer('start_at').notNull(),
  end: integer('end_at').notNull(),
  previousTargetId: integer('previous_target_id'),
});

export const assignments = pgTable('assignments', {
  id: serial('id').primaryKey(),
  targetId: integer('target_id').notNull(),
  leadDepartmentId: integer('lead_department_id'),
  cooperatingDepartmentIds: jsonb('cooperating_department_ids').notNull().$type<number[]>().default([]),
  leadLeader: text('lead_leader').notNull().default(''),
  deadlineText: text('deadline_text').notNull().default(''),
  deadline: day('deadline'),
  milestones: jsonb('milestones').notNull().$type<Milestone[]>().default([]),
  suggested: boolean('suggested').notNull().default(false),
  version: integer('version').notNull().default(0),
});

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull(),
  name: text('name').notNull(),
  role: text('role').notNull().$type<'admin' | 'reporter' | 'leader'>(),
  departmentId: integer('department_id'),
  passwordHash: text('password_hash').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  tokenHash: char('token_hash', { length: 64 }).primaryKey(),
  userId: integer('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const progressReports = pgTable('progress_reports', {
  id: serial('id').primaryKey(),
  targetId: integer('target_id').notNull(),
  period: text('period').notNull(),
  periodEnd: day('period_end').notNull(),
  value: doublePrecision('value'),
  yoy: doublePrecision('yoy'),
  stage: text('stage'),
  progress: text('progress').notNull().default(''),
  problems: text('problems').notNull().default(''),
  nextSteps: text('next_steps').notNull().default(''),
  status: text('status').notNull().$type<'draft' | 'submitted' | 'approved' | 'returned'>().default('draft'),
  /** The 督查 reviewer's verdict on a qualitative target (migration 0003). */
  verdict: text('verdict').$type<Verdict>(),
  returnReason: text('return_reason'),
  createdBy: integer('created_by'),
  submittedBy: integer('submitted_by'),
  submittedAt: ts('submitted_at'),
  reviewedBy: integer('reviewed_by'),
  reviewedAt: ts('reviewed_at'),
  version: integer('version').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const evidence = pgTable('evidence', {
  id: serial('id').primaryKey(),
  progressId: integer('progress_id').notNull(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  data: bytea('data').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const imports = pgTable('imports', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id').notNull(),
  fileName: text('file_name').notNull(),
  summary: jsonb('summary').notNull().$type<Record<string, unknown>>(),
  createdBy: integer('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull().defaultNow(),
  userId: integer('user_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: integer('entity_id'),
  before: jsonb('before').$type<unknown>(),
  after: jsonb('after').$type<unknown>(),
});

export type RegionRow = typeof regions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type SectionRow = typeof sections.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;
export type ActualRow = typeof actuals.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type ProgressRow = typeof progressReports.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;
export type AuditRow = typeof auditEvents.$inferSelect;
