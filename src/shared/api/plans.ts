// Plans (one report for one year and region) and their section tree (notes/api.md).
import { z } from 'zod';
import { countsSchema, idSchema } from './common';

export const planStatusSchema = z.enum(['draft', 'confirmed', 'published']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const regionRefSchema = z.object({ id: idSchema, name: z.string() });

export const planSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  year: z.number().int(),
  region: regionRefSchema,
  status: planStatusSchema,
  counts: countsSchema.extend({ targets: z.number().int(), actuals: z.number().int() }),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const sectionSchema = z.object({
  id: idSchema,
  level: z.enum(['part', 'area']),
  ordinal: z.string(),
  title: z.string(),
  role: z.enum(['review', 'plan', 'targets', 'self', 'other']).nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof sectionSchema>;

export const taskSchema = z.object({
  id: idSchema,
  sectionId: idSchema.nullable(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Task = z.infer<typeof taskSchema>;

export const planWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const planDetailSchema = z.object({
  id: idSchema,
  title: z.string(),
  year: z.number().int(),
  reviewYear: z.number().int().nullable(),
  region: regionRefSchema,
  status: planStatusSchema,
  sourceHash: z.string(),
  sections: z.array(sectionSchema),
  tasks: z.array(taskSchema),
  warnings: z.array(planWarningSchema),
  version: z.number().int(),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const highlightSchema = z.object({
  targetId: idSchema.nullable(),
  actualId: idSchema.nullable(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['target', 'actual', 'qualitative']),
});

export const planSourceSchema = z.object({
  text: z.string(),
  highlights: z.array(highlightSchema),
  warnings: z.array(planWarningSchema),
});
export type PlanSource = z.infer<typeof planSourceSchema>;

export const actualSchema = z.object({
  id: idSchema,
  indicator: z.string(),
  comparator: z.string(),
  value: z.number(),
  unit: z.string(),
  ratioToPlan: z.number().nullable(),
  yoyPct: z.number().nullable(),
  span: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The previous year's plan target this result answers, when that plan is stored. */
  previousTargetId: idSchema.nullable(),
});
export type Actual = z.infer<typeof actualSchema>;
