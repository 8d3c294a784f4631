// POST /api/imports (multipart upload) → a draft plan to review, then POST /api/plans/:id/confirm.
import { z } from 'zod';
import { idSchema } from './common';
import { planWarningSchema } from './plans';

export const importFileExtensions = ['txt', 'docx', 'pdf', 'html', 'htm'] as const;

/** Optional multipart fields next to the file. */
export const importFieldsSchema = z.object({
  regionId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const importResultSchema = z.object({
  id: idSchema,
  draftPlanId: idSchema,
  summary: z.object({
    title: z.string(),
    year: z.number().int(),
    region: z.string(),
    sections: z.number().int(),
    tasks: z.number().int(),
    targets: z.number().int(),
    qualitative: z.number().int(),
    actuals: z.number().int(),
    suggestedLeads: z.number().int(),
  }),
  warnings: z.array(planWarningSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;
