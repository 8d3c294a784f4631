// Progress reports: draft → submitted → approved | returned (notes/api.md; DOMAIN.md §1.3: 进展/问题/下一步).
import { z } from 'zod';
import { PERIOD_ID_RE } from '../period';
import { VERDICT_IDS } from '../status';
import { idSchema, versionSchema } from './common';
import { limits } from './limits';

/** Monthly, quarterly, half-year or year periods (DOMAIN.md §1.3 cadence). */
export const periodSchema = z
  .string()
  .regex(PERIOD_ID_RE, 'period must be YYYY-MM, YYYY-Qn, YYYY-H1/H2 or YYYY');

export const progressStatusSchema = z.enum(['draft', 'submitted', 'approved', 'returned']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

const valueSchema = z.number().finite().min(-limits.valueAbsMax).max(limits.valueAbsMax).nullable();
const narrative = z.string().max(limits.narrativeMax);

export const progressCreateSchema = z
  .object({
    period: periodSchema,
    value: valueSchema.default(null),
    /** The unit of `value`; when given it must match the target's unit. */
    unit: z.string().trim().max(limits.unitMax).optional(),
    yoy: valueSchema.default(null),
    stage: z.string().trim().max(limits.deadlineTextMax).nullable().optional(),
    progress: narrative.default(''),
    problems: narrative.default(''),
    nextSteps: narrative.default(''),
  })
  .strict();
export type ProgressCreate = z.infer<typeof progressCreateSchema>;

export const progressPatchSchema = z
  .object({
    period: periodSchema.optional(),
    value: valueSchema.optional(),
    unit: z.string().trim().max(limits.unitMax).optional(),
    yoy: valueSchema.optional(),
    stage: z.string().trim().max(limits.deadlineTextMax).nullable().optional(),
    progress: narrative.optional(),
    problems: narrative.optional(),
    nextSteps: narrative.optional(),
    version: versionSchema,
  })
  .strict();
export type ProgressPatch = z.infer<typeof progressPatchSchema>;

/** Submit/approve carry the version seen by the person acting (optional for simple clients). */
export const progressActionSchema = z.object({ version: versionSchema.optional() }).strict();
/** The 督查 reviewer's verdict on a qualitative target (DOMAIN.md §3.2): 已完成/序时推进/滞后/未启动. */
export const verdictSchema = z.enum(VERDICT_IDS);
/** Approving may carry the reviewer's verdict; only a qualitative target's report takes one. */
export const progressApproveSchema = progressActionSchema
  .extend({ verdict: verdictSchema.optional() })
  .strict();
export const progressReturnSchema = z
  .object({ reason: z.string().trim().min(1).max(limits.reasonMax), version: versionSchema.optional() })
  .strict();

export const evidenceSchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.number().int(),
  url: z.string(),
});

export const progressReportSchema = z.object({
  id: idSchema,
  targetId: idSchema,
  period: z.string(),
  value: z.number().nullable(),
  yoy: z.number().nullable(),
  stage: z.string().nullable(),
  progress: z.string(),
  problems: z.string(),
  nextSteps: z.string(),
  status: progressStatusSchema,
  verdict: verdictSchema.nullable().optional(),
  returnReason: z.string().nullable(),
  submittedBy: idSchema.nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: idSchema.nullable(),
  reviewedAt: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  version: versionSchema,
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const progressQuerySchema = z.object({
  status: progressStatusSchema.optional(),
  planId: z.coerce.number().int().positive().optional(),
  targetId: z.coerce.number().int().positive().optional(),
});
