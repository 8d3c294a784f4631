// A reported value must be in the target's unit, or convertible to it (2.2万亩 → 22000亩).
import { convertValue } from '../../domain/units';
import { AppError } from '../../shared/api/errors';
import type { TargetRow } from '../../storage/schema';

export function valueInTargetUnit(
  t: TargetRow,
  value: number | null,
  unit: string | undefined,
): number | null {
  if (value === null || unit === undefined || unit === '' || unit === t.unit) return value;
  const r = convertValue(value, unit, t.unit);
  if (r.ok) return r.value;
  throw new AppError('UNIT_MISMATCH', {
    zh: `数值单位“${unit}”与目标单位“${t.unit}”不一致,无法换算。`,
    en: `The value's unit "${unit}" cannot be converted to the target's unit "${t.unit}".`,
  });
}
