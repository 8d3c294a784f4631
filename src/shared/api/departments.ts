// Departments (工作部门) with aliases (DOMAIN.md §2) and their workload (notes/api.md).
import { z } from 'zod';
import { idSchema, versionSchema } from './common';
import { limits } from './limits';
import { progressReportSchema } from './progress';
import { targetSchema } from './targets';

export const departmentKindSchema = z.enum(['department', 'township', 'vertical', 'office', 'other']);

export const departmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: departmentKindSchema,
  regionId: idSchema,
  version: versionSchema,
});
export type Department = z.infer<typeof departmentSchema>;

const aliases = z.array(z.string().trim().min(1).max(limits.nameMax)).max(limits.aliasesMax);

export const departmentCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(limits.nameMax),
    aliases: aliases.default([]),
    kind: departmentKindSchema.default('department'),
    regionId: idSchema.optional(),
  })
  .strict();
export type DepartmentCreate = z.infer<typeof departmentCreateSchema>;

export const departmentPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(limits.nameMax).optional(),
    aliases: aliases.optional(),
    kind: departmentKindSchema.optional(),
    version: versionSchema,
  })
  .strict();
export type DepartmentPatch = z.infer<typeof departmentPatchSchema>;

export const workloadQuerySchema = z.object({ planId: z.coerce.number().int().positive().optional() });

export const workloadSchema = z.object({
  department: departmentSchema,
  targets: z.array(targetSchema),
  /** `label`: the 节点's, or the deadline's 时限说明; empty for a bare deadline (the page names it in its language). */
  due: z.array(z.object({ targetId: idSchema, date: z.string(), label: z.string() })),
  drafts: z.array(progressReportSchema),
  returned: z.array(progressReportSchema),
});
export type Workload = z.infer<typeof workloadSchema>;
