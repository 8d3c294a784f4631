// POST /api/imports (multipart upload) → a draft plan to review, then POST /api/plans/:id/confirm.
import { z } from 'zod';
import { idSchema } from './common';
import { limits } from './limits';
import { planWarningSchema } from './plans';
import { regionLevels } from './users';

export const importFileExtensions = ['txt', 'docx', 'pdf', 'html', 'htm', 'mht', 'mhtml'] as const;

/**
 * Optional multipart fields next to the file: an existing region by id, or a region by name (created with
 * `level` when it does not exist; the level may be left out when the name's ending tells it: 省/市/县/区),
 * and the year. Without either the region is read from the report.
 */
export const importFieldsSchema = z
  .object({
    regionId: z.coerce.number().int().positive().optional(),
    region: z.string().trim().min(1).max(limits.nameMax).optional(),
    level: z.enum(regionLevels).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
  })
  .refine((f) => !(f.regionId && f.region), {
    message: 'give regionId or region, not both',
    path: ['region'],
  })
  .refine((f) => !f.level || f.region, { message: 'level goes with region', path: ['level'] });
export type ImportFields = z.infer<typeof importFieldsSchema>;

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
