// Stored 督办单 → API JSON (src/shared/api/supervision.ts).
import { DUBAN_COLOURS } from '../../domain/supervision/escalation';
import type { Sheet } from '../../shared/api/supervision';
import type { StoredSheet } from '../../storage/repos/supervision';
import type { TargetRow } from '../../storage/schema';

const LABEL = { blue: '蓝色提醒', yellow: '黄色预警', red: '红色督办' } as const;

export function presentSheet(
  s: StoredSheet,
  target: Pick<TargetRow, 'id' | 'indicator' | 'span'> | undefined,
  names: Map<number, string>,
  today: string,
): Sheet {
  const { row, sheet } = s;
  return {
    id: row.id,
    number: row.number,
    planId: row.planId,
    target: {
      id: row.targetId,
      indicator: target?.indicator ?? '',
      span: target?.span.replace(/\s+/g, '') ?? '',
    },
    department: row.departmentId
      ? { id: row.departmentId, name: names.get(row.departmentId) ?? `#${row.departmentId}` }
      : null,
    colour: sheet.colour,
    colourLabel: LABEL[sheet.colour] ?? DUBAN_COLOURS[sheet.colour].zh,
    reasons: sheet.reasonsZh,
    issuedOn: sheet.issuedOn,
    responseDeadline: sheet.responseDeadline,
    overdue: sheet.state === 'open' && today > sheet.responseDeadline,
    state: sheet.state,
    response: sheet.response,
    closedOn: sheet.closedOn,
    closedBy: sheet.closedBy,
    history: sheet.history,
    version: row.version,
  };
}
