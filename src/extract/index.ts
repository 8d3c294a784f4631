// The extraction entry points that storage, server and the CLI call: report bytes → text (readReport),
// text → structured plan (extractPlan). Pure: no file system, no database.
import { normalizeText } from './normalize';
import { extractStatements } from './statements';
import { analyzeStructure } from './structure';
import type { ExtractionResult, Warning } from './types';

export {
  isReportReadError,
  MAX_REPORT_BYTES,
  type ReadErrorCode,
  type ReadReportResult,
  type ReportFormat,
  ReportReadError,
  readReport,
  type TextEncoding,
} from './readers';
export type * from './types';

/** Document-level warnings (no offsets) first, then by position. */
export function sortWarnings(warnings: Warning[]): Warning[] {
  const key = (w: Warning) => w.start ?? -1;
  return [...warnings].sort(
    (a, b) => key(a) - key(b) || (a.end ?? -1) - (b.end ?? -1) || a.code.localeCompare(b.code),
  );
}

/** Text → plan: normalizes once, then statements and structure; every offset is into `text`. */
export function extractPlan(text: string): ExtractionResult {
  const normalized = normalizeText(text);
  const statements = extractStatements(text, normalized);
  const { structure, warnings } = analyzeStructure(text, normalized);
  return {
    targets: statements.targets,
    actuals: statements.actuals,
    qualitative: statements.qualitative,
    structure,
    warnings: sortWarnings([...statements.warnings, ...warnings]),
  };
}
