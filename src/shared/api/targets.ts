// Targets, assignments and their queries (notes/api.md).
import { z } from 'zod';
import {
  attributeSchema,
  colourSchema,
  comparatorSchema,
  idSchema,
  modalitySchema,
  statusIdSchema,
  targetTypeSchema,
  versionSchema,
} from './common';
import { limits } from './limits';

export const milestoneSchema = z.object({
  date: z.iso.date(),
  label: z.string().trim().min(1).max(limits.deadlineTextMax),
  expectedPct: z.number().min(0).max(100).optional(),
});

export const departmentRefSchema = z.object({ id: idSchema, name: z.string() });

export const assignmentSchema = z.object({
  id: idSchema,
  lead: departmentRefSchema.nullable(),
  cooperating: z.array(departmentRefSchema),
  leadLeader: z.string(),
  deadlineText: z.string(),
  deadline: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  /** true while the lead unit is only the importer's suggestion, not yet accepted by a person. */
  suggested: z.boolean(),
  version: versionSchema,
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const judgementSchema = z.object({
  status: statusIdSchema,
  colour: colourSchema,
  gap: z.number().nullable(),
  /** What the gap is counted in: 个百分点 (amounts against 序时, rates), 位 (ranks), 个阶段, or the target's unit. */
  gapUnit: z.string().optional(),
  sentenceZh: z.string(),
  sentenceEn: z.string(),
  /** 双过半 (DOMAIN.md §3.3): only when judged at the mid-year period; true when half the target is reached. */
  doubleHalf: z.boolean().optional(),
});
export type Judgement = z.infer<typeof judgementSchema>;

export const extractedOriginalSchema = z.object({
  indicator: z.string(),
  comparator: comparatorSchema,
  value: z.number().nullable(),
  unit: z.string(),
  type: targetTypeSchema,
  modality: modalitySchema,
});

export const latestProgressSchema = z.object({
  period: z.string(),
  value: z.number().nullable(),
  yoy: z.number().nullable(),
  status: z.string(),
});

export const targetSchema = z.object({
  id: idSchema,
  planId: idSchema,
  taskId: idSchema.nullable(),
  sectionId: idSchema.nullable(),
  kind: z.enum(['target', 'qualitative']),
  indicator: z.string(),
  comparator: comparatorSchema,
  value: z.number().nullable(),
  unit: z.string(),
  type: targetTypeSchema,
  modality: modalitySchema,
  attribute: attributeSchema,
  floor: z.number().nullable().optional(),
  stretch: z.number().nullable().optional(),
  tolerance: z.number().nullable().optional(),
  span: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  original: extractedOriginalSchema.nullable(),
  assignment: assignmentSchema.nullable(),
  latest: latestProgressSchema.nullable(),
  judgement: judgementSchema,
  published: z.boolean(),
  version: versionSchema,
});
export type Target = z.infer<typeof targetSchema>;

/**
 * A row of the target list (GET /api/plans/:id/targets): what the list, its filters' results, the in-place
 * assignment form (the whole assignment, with its version), the import review (start, version) and the pages
 * that name targets need. Where it sits in the plan (plan, task, section, end), the extraction's original,
 * 预期性/约束性, 力争/底线/左右 figures, the publish flag and the latest report's review state are the
 * detail's (GET /api/targets/:id). server/targets/present.ts builds exactly this.
 */
export const targetListItemSchema = targetSchema
  .pick({
    id: true,
    kind: true,
    indicator: true,
    comparator: true,
    value: true,
    unit: true,
    type: true,
    modality: true,
    span: true,
    start: true,
    assignment: true,
    judgement: true,
    version: true,
  })
  .extend({ latest: latestProgressSchema.omit({ status: true }).nullable() });
export type TargetListItem = z.infer<typeof targetListItemSchema>;

export const targetQuerySchema = z.object({
  area: z.coerce.number().int().positive().optional(),
  department: z.coerce.number().int().positive().optional(),
  status: statusIdSchema.optional(),
  type: targetTypeSchema.optional(),
  modality: modalitySchema.optional(),
  q: z.string().max(limits.searchMax).optional(),
  asOf: z.iso.date().optional(),
});
export type TargetQuery = z.infer<typeof targetQuerySchema>;

export const targetPatchSchema = z
  .object({
    indicator: z.string().trim().min(1).max(limits.indicatorMax).optional(),
    comparator: comparatorSchema.optional(),
    value: z.number().finite().min(-limits.valueAbsMax).max(limits.valueAbsMax).nullable().optional(),
    unit: z.string().trim().max(limits.unitMax).optional(),
    type: targetTypeSchema.optional(),
    modality: modalitySchema.optional(),
    published: z.boolean().optional(),
    version: versionSchema,
  })
  .strict();
export type TargetPatch = z.infer<typeof targetPatchSchema>;

export const targetCreateSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    indicator: z.string().trim().min(1).max(limits.indicatorMax),
    comparator: comparatorSchema,
    value: z.number().finite().min(-limits.valueAbsMax).max(limits.valueAbsMax).nullable(),
    unit: z.string().trim().max(limits.unitMax),
    kind: z.enum(['target', 'qualitative']).default('target'),
    type: targetTypeSchema.optional(),
    modality: modalitySchema.optional(),
  })
  .strict()
  .refine((b) => b.end > b.start, { message: 'end must be after start', path: ['end'] });
export type TargetCreate = z.infer<typeof targetCreateSchema>;

export const assignmentPutSchema = z
  .object({
    leadDepartmentId: idSchema,
    cooperatingDepartmentIds: z.array(idSchema).max(limits.cooperatingMax),
    leadLeader: z.string().trim().max(limits.leaderMax).default(''),
    deadlineText: z.string().trim().max(limits.deadlineTextMax).default(''),
    deadline: z.iso.date().nullable().default(null),
    milestones: z.array(milestoneSchema).max(limits.milestonesMax).default([]),
    /** The assignment's version; omit (or send null) when the target has no assignment yet. */
    version: versionSchema.nullable().optional(),
  })
  .strict();
export type AssignmentPut = z.infer<typeof assignmentPutSchema>;

export const assignmentBulkSchema = z
  .object({
    targetIds: z.array(idSchema).min(1).max(limits.bulkTargetsMax),
    leadDepartmentId: idSchema,
    cooperatingDepartmentIds: z.array(idSchema).max(limits.cooperatingMax).default([]),
  })
  .strict();
export type AssignmentBulk = z.infer<typeof assignmentBulkSchema>;

export const auditEventSchema = z.object({
  id: idSchema,
  at: z.string(),
  userId: idSchema.nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
