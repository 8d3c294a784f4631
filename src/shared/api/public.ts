// Public (no login) read-only views: published items and approved progress only (DOMAIN.md §5).
import { z } from 'zod';
import { idSchema } from './common';
import { planSummarySchema } from './plans';

export const publicItemSchema = z.object({
  id: idSchema,
  indicator: z.string(),
  span: z.string(),
  comparator: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  lead: z.string().nullable(),
  /** Approved progress only: the cumulative value, or for a growth target its 同比 (%). */
  latest: z
    .object({
      period: z.string(),
      value: z.number().nullable(),
      yoy: z.number().nullable(),
      progress: z.string(),
    })
    .nullable(),
});

export const publicPlanSchema = planSummarySchema.omit({ counts: true }).extend({
  items: z.array(publicItemSchema),
});
export type PublicPlan = z.infer<typeof publicPlanSchema>;
