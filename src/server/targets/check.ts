// Referenced departments must exist: a clear 422 instead of a foreign-key failure.
import { inArray } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../../storage/db';
import { departments } from '../../storage/schema';

export async function checkDepartments(q: Queryable, ids: number[]): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await q
    .select({ id: departments.id })
    .from(departments)
    .where(inArray(departments.id, wanted));
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) {
    throw new AppError('REFERENCED_RECORD_MISSING', {
      zh: `部门不存在:${missing.join('、')}。`,
      en: `No such department: ${missing.join(', ')}.`,
    });
  }
}
