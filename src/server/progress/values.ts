// A reported value must be in the target's unit, or convertible to it (2.2万亩 → 22000亩); a bare magnitude
// (12万, 3000万) counts the target's own unit (3000万 for a target in 亿元 → 0.3). A unit that cannot be
// converted is refused with 422 UNIT_MISMATCH, never stored as the bare number.
import { convertValue, magnitudeUnit } from '../../domain/units';
import { AppError } from '../../shared/api/errors';
import type { TargetRow } from '../../storage/schema';

export function valueInTargetUnit(
  t: TargetRow,
  value: number | null,
  unit: string | undefined,
): number | null {
  if (value === null || unit === undefined || unit === '' || unit === t.unit) return value;
  const magnitude = magnitudeUnit(unit, t.unit);
  const r = convertValue(value, magnitude ?? unit, t.unit);
  if (r.ok) return r.value;
  const detail = t.unit
    ? magnitude
      ? {
          zh: `“${unit}”不能用于单位为“${t.unit}”的目标,请直接按${t.unit}填写数值。`,
          en: `"${unit}" cannot be used for a target in "${t.unit}"; enter the value in ${t.unit}.`,
        }
      : {
          zh: `数值单位“${unit}”与目标单位“${t.unit}”不一致,无法换算;请按${t.unit}填写数值。`,
          en: `The value's unit "${unit}" cannot be converted to the target's unit "${t.unit}"; enter the value in ${t.unit}.`,
        }
    : {
        zh: `目标没有单位,数值不能带“${unit}”。`,
        en: `The target has no unit; the value cannot carry "${unit}".`,
      };
  throw new AppError('UNIT_MISMATCH', detail);
}
