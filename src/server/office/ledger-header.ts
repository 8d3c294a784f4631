// Finding the header of a 分解表/台账 sheet: the row (within the first rows) naming the most known columns,
// merged with the row below when the header has two levels ("责任单位" over "牵头单位 | 配合单位").
import { columnForHeader, type LedgerColumn } from '../../domain/supervision/ledger';

export interface HeaderMatch {
  /** 0-based index of the last header row in the grid; data starts on the next row. */
  lastRow: number;
  /** Column index (0-based) of each recognised column. */
  columns: Partial<Record<LedgerColumn, number>>;
}

/** How far down to look for the header: a title and a 文号 line often come first. */
export const HEADER_SCAN_ROWS = 15;

function rowMatches(row: readonly string[]): Map<number, LedgerColumn> {
  const m = new Map<number, LedgerColumn>();
  row.forEach((text, i) => {
    const key = columnForHeader(text);
    if (key) m.set(i, key);
  });
  return m;
}

function toColumns(byIndex: Map<number, LedgerColumn>): Partial<Record<LedgerColumn, number>> {
  const columns: Partial<Record<LedgerColumn, number>> = {};
  for (const [i, key] of [...byIndex.entries()].sort((a, b) => a[0] - b[0])) {
    if (columns[key] === undefined) columns[key] = i;
  }
  return columns;
}

/** The header of a grid, or null when no row names at least the task column and one other. */
export function detectHeader(grid: readonly (readonly string[])[]): HeaderMatch | null {
  let best: { row: number; matches: Map<number, LedgerColumn> } | null = null;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const matches = rowMatches(grid[r] ?? []);
    const keys = new Set(matches.values());
    if (!keys.has('task') || keys.size < 2) continue;
    if (!best || keys.size > new Set(best.matches.values()).size) best = { row: r, matches };
  }
  if (!best) return null;
  // A second header row refines merged cells above it; it must not look like data (no task text of its own).
  const below = rowMatches(grid[best.row + 1] ?? []);
  const belowIsHeader =
    below.size > 0 &&
    [...(grid[best.row + 1] ?? [])].every((t, i) => t === '' || below.has(i) || t === grid[best.row]?.[i]);
  if (!belowIsHeader) return { lastRow: best.row, columns: toColumns(best.matches) };
  const merged = new Map(best.matches);
  for (const [i, key] of below) merged.set(i, key);
  return { lastRow: best.row + 1, columns: toColumns(merged) };
}
