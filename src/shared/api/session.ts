// POST/GET/DELETE /api/session (notes/api.md).
import { z } from 'zod';
import { idSchema, roleSchema } from './common';
import { limits } from './limits';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(limits.usernameMax),
  password: z.string().min(1).max(limits.passwordMax),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type Session = z.infer<typeof sessionSchema>;

export const healthSchema = z.object({
  ok: z.literal(true),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
