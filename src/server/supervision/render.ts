// One entry point for every file the supervision cycle produces, shared by the API and the CLI
// (`duban export xlsx|docx|csv|json|stratml`, `duban bulletin`).
import { type Bulletin, bulletinAsText } from '../../domain/supervision/bulletin';
import { dateZh, localDate } from '../../domain/supervision/dates';
import { reviewAsText } from '../../domain/supervision/review';
import type { exportFormatIds } from '../../shared/api/supervision';
import { writeBulletinDocx } from '../office/bulletin-docx';
import { planJson, progressCsv, targetsCsv } from '../office/csv';
import { writeLedgerXlsx } from '../office/ledger-export';
import { writeReviewDocx } from '../office/review-docx';
import { planToStratml } from '../office/stratml';
import {
  issuerOf,
  ledgerRows,
  progressExportRows,
  reviewOf,
  reviewTitle,
  stratmlPlan,
  targetExportRows,
  titlePlace,
} from './documents';
import type { PlanData } from './load';

/** The formats of the export endpoint (their list is the API contract's). */
export type ExportFormat = (typeof exportFormatIds)[number];

export interface RenderedFile {
  bytes: Buffer;
  mime: string;
  /** The name a person reads: year, region and kind (2026年云溪区政府工作报告目标台账.xlsx). */
  fileName: string;
  /** ASCII fallback for clients without RFC 5987 (plan-2-2026-ledger.xlsx). */
  asciiName: string;
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;

/** Today as a local (UTC+8) date. */
export function localToday(now: Date = new Date()): string {
  return localDate(now);
}

/** The period the "current" judgement of an export uses: the plan year's month of today, or the year. */
export function currentPeriod(data: PlanData, today: string): string {
  const year = Number(today.slice(0, 4));
  if (year > data.plan.year) return String(data.plan.year);
  if (year < data.plan.year) return `${data.plan.year}-01`;
  return today.slice(0, 7);
}

export async function renderExport(
  data: PlanData,
  format: ExportFormat,
  today = localToday(),
): Promise<RenderedFile> {
  const base = `plan-${data.plan.id}-${data.plan.year}`;
  // 2026年云溪区政府工作报告 (no place for the national report, as in its titles).
  const zh = `${data.plan.year}年${titlePlace(data)}政府工作报告`;
  const period = currentPeriod(data, today);
  switch (format) {
    case 'xlsx':
      return {
        bytes: await writeLedgerXlsx(ledgerRows(data, period), {
          title: `${titlePlace(data)}${data.plan.year}年《政府工作报告》重点任务分解台账`,
        }),
        mime: MIME.xlsx,
        fileName: `${zh}目标台账.xlsx`,
        asciiName: `${base}-ledger.xlsx`,
      };
    case 'docx':
      return {
        bytes: await writeReviewDocx(reviewOf(data), {
          title: reviewTitle(data),
          issuer: issuerOf(data),
          dateZh: dateZh(today),
        }),
        mime: MIME.docx,
        fileName: `${zh}年度总结.docx`,
        asciiName: `${base}-review.docx`,
      };
    case 'review-txt':
      return {
        bytes: Buffer.from(reviewAsText(reviewOf(data), reviewTitle(data)), 'utf8'),
        mime: MIME.txt,
        fileName: `${zh}年度总结.txt`,
        asciiName: `${base}-review.txt`,
      };
    case 'csv':
      return {
        bytes: Buffer.from(targetsCsv(targetExportRows(data, period)), 'utf8'),
        mime: MIME.csv,
        fileName: `${zh}目标清单.csv`,
        asciiName: `${base}-targets.csv`,
      };
    case 'progress-csv':
      return {
        bytes: Buffer.from(progressCsv(progressExportRows(data)), 'utf8'),
        mime: MIME.csv,
        fileName: `${zh}进展报送记录.csv`,
        asciiName: `${base}-progress.csv`,
      };
    case 'json':
      return {
        bytes: Buffer.from(
          planJson({
            plan: {
              id: data.plan.id,
              title: data.plan.title,
              year: data.plan.year,
              region: data.plan.regionName,
            },
            targets: targetExportRows(data, period),
            progress: progressExportRows(data),
          }),
          'utf8',
        ),
        mime: MIME.json,
        fileName: `${zh}数据.json`,
        asciiName: `${base}.json`,
      };
    case 'stratml':
      return {
        bytes: Buffer.from(planToStratml(stratmlPlan(data, today)), 'utf8'),
        mime: MIME.xml,
        fileName: `${zh}StratML.xml`,
        asciiName: `${base}-stratml.xml`,
      };
  }
}

export async function renderBulletin(b: Bulletin, as: 'docx' | 'txt'): Promise<RenderedFile> {
  // ASCII: the 文号's year and number (督查通报〔2024〕1号 → bulletin-2024-1); its words are not ASCII.
  const name = `bulletin-${(b.docNumber.match(/\d+/g) ?? []).join('-')}`;
  // 督查通报〔2024〕1号 X区人民政府督查室关于2024年前三季度…的通报: its 文号, issuer (the region) and title (year, period).
  const zh = `${b.docNumber} ${b.issuer}${b.title}`;
  return as === 'docx'
    ? {
        bytes: await writeBulletinDocx(b),
        mime: MIME.docx,
        fileName: `${zh}.docx`,
        asciiName: `${name}.docx`,
      }
    : {
        bytes: Buffer.from(bulletinAsText(b), 'utf8'),
        mime: MIME.txt,
        fileName: `${zh}.txt`,
        asciiName: `${name}.txt`,
      };
}
