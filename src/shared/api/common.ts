// Building blocks shared by the resource contracts (notes/api.md conventions).
import { z } from 'zod';
import {
  ATTRIBUTE_IDS,
  COLOUR_IDS,
  COMPARATOR_IDS,
  MODALITY_IDS,
  STATUS_IDS,
  TARGET_TYPE_IDS,
} from '../status';

export const idSchema = z.number().int().positive();
/** Path parameters arrive as strings. */
export const idParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const isoDateTimeSchema = z.string();
export const versionSchema = z.number().int().nonnegative();

/** Status ids of a judged target; ids and labels live in src/shared/status.ts. */
export const statusIdSchema = z.enum(STATUS_IDS);
export const colourSchema = z.enum(COLOUR_IDS);
export const attributeSchema = z.enum(ATTRIBUTE_IDS);

export const countsSchema = z.object({
  completed: z.number().int(),
  ahead: z.number().int(),
  on_track: z.number().int(),
  behind: z.number().int(),
  not_started: z.number().int(),
  no_data: z.number().int(),
});
export type Counts = z.infer<typeof countsSchema>;

export const roleIds = ['admin', 'reporter', 'leader'] as const;
export const roleSchema = z.enum(roleIds);
export type Role = z.infer<typeof roleSchema>;

export const comparatorSchema = z.enum(COMPARATOR_IDS);
export const targetTypeSchema = z.enum(TARGET_TYPE_IDS);
export const modalitySchema = z.enum(MODALITY_IDS);
export const okSchema = z.object({ ok: z.literal(true) });
