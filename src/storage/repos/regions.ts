// Regions: a city has districts/counties; each region keeps its rule set (src/shared/rules.ts).
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import { type RegionRow, regions } from '../schema';
import type { Audit } from '../write';

export async function getRegion(q: Queryable, id: number): Promise<RegionRow> {
  const [row] = await q.select().from(regions).where(eq(regions.id, id));
  if (!row) throw notFound('region', id);
  return row;
}

export function listRegions(q: Queryable): Promise<RegionRow[]> {
  return q.select().from(regions).orderBy(regions.id);
}

export async function findRegionByName(q: Queryable, name: string): Promise<RegionRow | undefined> {
  const [row] = await q.select().from(regions).where(eq(regions.name, name));
  return row;
}

/** Finds or creates the region by name (and its parent city, when given). */
export async function ensureRegion(
  q: Queryable,
  audit: Audit,
  input: { name: string; level: RegionRow['level']; parent?: { name: string; level: RegionRow['level'] } },
): Promise<RegionRow> {
  const found = await findRegionByName(q, input.name);
  if (found) return found;
  let parentId: number | null = null;
  if (input.parent) parentId = (await ensureRegion(q, audit, input.parent)).id;
  const [row] = await q
    .insert(regions)
    .values({ name: input.name, level: input.level, parentId })
    .returning();
  await audit('create', 'region', row!.id, null, row);
  return row!;
}

export async function setRegionRules(
  q: Queryable,
  audit: Audit,
  id: number,
  rules: unknown,
  version: number | undefined,
): Promise<RegionRow> {
  const before = await getRegion(q, id);
  if (version !== undefined && before.version !== version)
    throw versionConflict('region', id, version, before.version);
  const [row] = await q
    .update(regions)
    .set({ rules, version: before.version + 1 })
    .where(and(eq(regions.id, id), eq(regions.version, before.version)))
    .returning();
  if (!row) throw versionConflict('region', id, before.version, before.version + 1);
  await audit('update_rules', 'region', id, { rules: before.rules }, { rules });
  return row;
}

export function topRegions(q: Queryable): Promise<RegionRow[]> {
  return q.select().from(regions).where(isNull(regions.parentId));
}
