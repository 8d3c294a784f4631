// exceljs cell values as the text a person sees: rich text joined, formulas by their cached result, dates as
// YYYY-MM-DD, hyperlinks by their text.
import type { CellValue } from 'exceljs';

export type CellText = { ok: true; text: string } | { ok: false; message: string };

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

export function cellText(value: CellValue): CellText {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, text: String(value) };
  if (value instanceof Date) return { ok: true, text: dateText(value) };
  if ('richText' in value)
    return {
      ok: true,
      text: value.richText
        .map((r) => r.text)
        .join('')
        .trim(),
    };
  if ('error' in value) return { ok: false, message: `单元格含错误值 ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { ok: true, text: '' };
    if (typeof result === 'object' && result !== null && 'error' in result) {
      return { ok: false, message: `公式结果为错误值 ${String((result as { error: unknown }).error)}` };
    }
    return cellText(result as CellValue);
  }
  if ('text' in value) return cellText(value.text as CellValue);
  return { ok: true, text: '' };
}
