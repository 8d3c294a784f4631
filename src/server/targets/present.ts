// The target list's row (src/shared/api/targets.ts targetListItemSchema), picked field by field from the
// judged target so that a field added to the detail never reaches the list by accident.
import type { Target, TargetListItem } from '../../shared/api/targets';

export function presentTargetListItem(t: Target): TargetListItem {
  return {
    id: t.id,
    kind: t.kind,
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    type: t.type,
    modality: t.modality,
    span: t.span,
    start: t.start,
    assignment: t.assignment,
    latest: t.latest && { period: t.latest.period, value: t.latest.value, yoy: t.latest.yoy },
    judgement: t.judgement,
    version: t.version,
  };
}
