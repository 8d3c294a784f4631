// 工作部门 per region with aliases (DOMAIN.md §2: a per-county unit dictionary).
import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import { type DepartmentRow, departments } from '../schema';
import type { Audit } from '../write';

export function listDepartments(q: Queryable, regionId?: number): Promise<DepartmentRow[]> {
  const base = q.select().from(departments);
  return (regionId ? base.where(eq(departments.regionId, regionId)) : base).orderBy(asc(departments.id));
}

export async function getDepartment(q: Queryable, id: number): Promise<DepartmentRow> {
  const [row] = await q.select().from(departments).where(eq(departments.id, id));
  if (!row) throw notFound('department', id);
  return row;
}

export type DepartmentInput = Pick<DepartmentRow, 'regionId' | 'name' | 'aliases' | 'kind'>;

export async function createDepartment(
  q: Queryable,
  audit: Audit,
  input: DepartmentInput,
): Promise<DepartmentRow> {
  const [row] = await q.insert(departments).values(input).returning();
  await audit('create', 'department', row!.id, null, row);
  return row!;
}

/** Inserts the departments that are not there yet (by name); returns all of the region's departments. */
export async function ensureDepartments(
  q: Queryable,
  audit: Audit,
  regionId: number,
  list: Omit<DepartmentInput, 'regionId'>[],
): Promise<DepartmentRow[]> {
  const existing = new Set((await listDepartments(q, regionId)).map((d) => d.name));
  const fresh = list.filter((d) => !existing.has(d.name)).map((d) => ({ ...d, regionId }));
  if (fresh.length > 0) {
    const rows = await q.insert(departments).values(fresh).returning();
    await audit('create_many', 'department', null, null, { names: rows.map((r) => r.name) });
  }
  return listDepartments(q, regionId);
}

export async function patchDepartment(
  q: Queryable,
  audit: Audit,
  id: number,
  patch: Partial<Pick<DepartmentRow, 'name' | 'aliases' | 'kind'>>,
  version: number,
): Promise<DepartmentRow> {
  const [before] = await q.select().from(departments).where(eq(departments.id, id)).for('update');
  if (!before) throw notFound('department', id);
  if (before.version !== version) throw versionConflict('department', id, version, before.version);
  const [row] = await q
    .update(departments)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(departments.id, id), eq(departments.version, version)))
    .returning();
  await audit('update', 'department', id, before, row);
  return row!;
}
