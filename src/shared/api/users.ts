// Users (admin only) and regions.
import { z } from 'zod';
import { idSchema, roleSchema } from './common';
import { limits } from './limits';

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(1)
      .max(limits.usernameMax)
      .regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, _ . - only'),
    name: z.string().trim().min(1).max(limits.nameMax),
    role: roleSchema,
    departmentId: idSchema.nullable().default(null),
    password: z.string().min(limits.passwordMin).max(limits.passwordMax),
  })
  .strict()
  .refine((u) => u.role !== 'reporter' || u.departmentId !== null, {
    message: 'a reporter needs a department',
    path: ['departmentId'],
  });
export type UserCreate = z.infer<typeof userCreateSchema>;

/** 全国 (the State Council's report), 省, 市, 县/旗, 区. */
export const regionLevels = ['national', 'province', 'city', 'county', 'district'] as const;
export type RegionLevel = (typeof regionLevels)[number];

export const regionSchema = z.object({
  id: idSchema,
  name: z.string(),
  level: z.enum(regionLevels),
  parentId: idSchema.nullable(),
});
export type Region = z.infer<typeof regionSchema>;
