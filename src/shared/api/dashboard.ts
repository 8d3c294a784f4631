// GET /api/plans/:id/dashboard (notes/api.md).
import { z } from 'zod';
import { countsSchema, idSchema } from './common';
import { planSummarySchema } from './plans';
import { targetSchema } from './targets';

export const dashboardQuerySchema = z.object({ asOf: z.iso.date().optional() });

export const dashboardSchema = z.object({
  plan: planSummarySchema,
  asOf: z.string(),
  /** 序时进度 = months elapsed ÷ 12 (DOMAIN.md §3.2), 0–1. */
  timeProgress: z.number(),
  mainTargets: z.array(targetSchema),
  counts: countsSchema,
  byArea: z.array(z.object({ sectionId: idSchema.nullable(), title: z.string(), counts: countsSchema })),
  byDepartment: z.array(z.object({ departmentId: idSchema, name: z.string(), counts: countsSchema })),
  lagging: z.array(targetSchema),
  /** 双过半 (DOMAIN.md §3.3): targets judged at the mid-year period, and how many reached half. */
  doubleHalf: z.object({ checked: z.number().int(), met: z.number().int() }).optional(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
