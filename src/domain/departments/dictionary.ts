// The unit dictionary: county departments with aliases, so names that vary by county and year
// (经信委 → 工信局 → 科工局) resolve to one unit (DOMAIN.md §2 "keep a per-county unit dictionary").
// The default list is resources/departments.json; a county passes its own entries to createDictionary.
import { z } from 'zod';
import departmentsData from '../../../resources/departments.json' with { type: 'json' };
import { DomainError } from '../errors';

export const departmentSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(2),
  short: z.string().min(2),
  /** 综合, 经济, 城建资源, 社会, 安全, 其他, 群团, 垂直, 乡镇 (§2 groups). */
  group: z.string().min(1),
  /** department = 工作部门; extra = frequent extra unit; vertical = 垂直/双重管理; township = 乡镇/街道; group = 群团. */
  kind: z.enum(['department', 'extra', 'vertical', 'township', 'group']),
  aliases: z.array(z.string().min(2)),
  /** General words of the unit's remit, used when no keyword rule matches. */
  functions: z.array(z.string().min(2)),
});

export type Department = z.infer<typeof departmentSchema>;

export interface DepartmentDictionary {
  departments: readonly Department[];
  /** Any known name (name, short, alias), normalised → department. */
  byName: ReadonlyMap<string, Department>;
}

function norm(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}

/** Builds a dictionary from entries (validated); a name claimed by two units is an error. */
export function createDictionary(entries: unknown): DepartmentDictionary {
  const parsed = z.array(departmentSchema).safeParse(entries);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new DomainError(
      'invalid_rules',
      `单位字典无效 (invalid unit dictionary): ${i?.path.join('.')}: ${i?.message}`,
    );
  }
  const byName = new Map<string, Department>();
  for (const d of parsed.data) {
    for (const n of new Set([d.name, d.short, ...d.aliases].map(norm))) {
      const other = byName.get(n);
      if (other && other.id !== d.id) {
        throw new DomainError(
          'invalid_rules',
          `单位名称“${n}”同时属于${other.name}和${d.name} (a name belongs to two units)`,
        );
      }
      byName.set(n, d);
    }
  }
  return { departments: parsed.data, byName };
}

/** The default county dictionary (resources/departments.json). */
export const DEFAULT_DEPARTMENTS: DepartmentDictionary = createDictionary(departmentsData.departments);

/**
 * Finds the unit a name refers to: exact name or alias, then without a trailing qualifier
 * (税务局(征缴) → 税务局), then without a 县/区/市/旗 prefix (县科经局 → 科经局). Null when unknown.
 */
export function resolveDepartment(
  name: string,
  dict: DepartmentDictionary = DEFAULT_DEPARTMENTS,
): Department | null {
  const n = norm(name);
  const bare = n.replace(/\([^()]*\)$/, '');
  for (const c of [n, bare, bare.replace(/^[县区市旗]/, '')]) {
    const d = dict.byName.get(c);
    if (d) return d;
  }
  return null;
}
