// Office files for the supervision cycle (issue 5): ledger .xlsx export/import, 通报 and year-end review .docx,
// CSV/JSON exports and StratML Part 2 XML. Generators take plain data; see docs/supervision.md for wiring.
export { writeBulletinDocx } from './bulletin-docx';
export type { PlanExport, ProgressExportRow, TargetExportRow } from './csv';
export { planJson, progressCsv, targetsCsv, toCsv } from './csv';
export { writeLedgerXlsx } from './ledger-export';
export type { ImportedLedgerRow, LedgerImportResult, RowError } from './ledger-import';
export { readLedgerXlsx } from './ledger-import';
export { writeReviewDocx } from './review-docx';
export type { StratmlGoal, StratmlIndicator, StratmlObjective, StratmlPlan } from './stratml';
export { planToStratml, STRATML_ELEMENTS } from './stratml';
