// Import: file bytes → text → extraction → a DRAFT plan with suggested lead units, in one transaction.
// A person then reviews (PATCH/DELETE/POST targets) and confirms (POST /api/plans/:id/confirm).
import { createHash } from 'node:crypto';
import { isReportReadError, readReport } from '../../extract/readers';
import type { ExtractionResult, Warning } from '../../extract/types';
import { AppError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/api/imports';
import type { Db } from '../../storage/db';
import {
  ensureDepartments,
  ensureRegion,
  getRegion,
  insertPlan,
  type PlanInput,
  type TargetInput,
} from '../../storage/repos';
import type { DepartmentRow } from '../../storage/schema';
import { imports } from '../../storage/schema';
import { type Actor, write } from '../../storage/write';
import { defaultDepartments, extractReport, suggestLead } from './adapters';
import { guessRegion, type RegionGuess } from './region';

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  regionId?: number;
  year?: number;
}

export async function readText(bytes: Uint8Array, name: string): Promise<string> {
  try {
    return (await readReport(bytes, name)).text;
  } catch (e) {
    if (isReportReadError(e)) throw new AppError('UNSUPPORTED_FILE', { zh: e.message, en: e.message });
    throw e;
  }
}

function byName(depts: DepartmentRow[], name: string): DepartmentRow | undefined {
  return depts.find((d) => d.name === name || d.aliases.includes(name));
}

function targetInputs(x: ExtractionResult, depts: DepartmentRow[]): TargetInput[] {
  const main = x.structure.mainTargets;
  const inMain = (start: number) => !!main && main.start <= start && start < main.end;
  const suggest = (indicator: string, span: string) => {
    const s = suggestLead(indicator, span);
    const lead = s ? byName(depts, s.lead) : undefined;
    const cooperating = (s?.cooperating ?? [])
      .map((n) => byName(depts, n)?.id)
      .filter((id): id is number => !!id);
    return {
      suggestedLeadId: lead?.id ?? null,
      suggestedCooperatingIds: cooperating.filter((id) => id !== lead?.id),
    };
  };
  const numeric: TargetInput[] = x.targets.map((t) => ({
    kind: 'target',
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    type: t.type,
    modality: t.modality,
    attribute: t.binding ? 'obligatory' : 'expected',
    main: inMain(t.start),
    span: t.span,
    start: t.start,
    end: t.end,
    extra: { ...(t.period ? { period: t.period } : {}), ...(t.optional ? { optional: true } : {}) },
    ...suggest(t.indicator, t.span),
  }));
  const qualitative: TargetInput[] = x.qualitative.map((t) => ({
    kind: 'qualitative',
    indicator: t.indicator,
    comparator: '=',
    value: null,
    unit: '',
    type: t.type,
    modality: t.modality,
    main: inMain(t.start),
    span: t.span,
    start: t.start,
    end: t.end,
    ...suggest(t.indicator, t.span),
  }));
  return [...numeric, ...qualitative].sort((a, b) => a.start - b.start);
}

export function planInput(
  x: ExtractionResult,
  text: string,
  fileName: string,
  regionId: number,
  year: number,
  depts: DepartmentRow[],
): PlanInput {
  return {
    regionId,
    year,
    reviewYear: x.structure.reviewYear ?? null,
    title: x.structure.title ?? fileName,
    sourceName: fileName,
    sourceText: text,
    sourceHash: createHash('sha256').update(text).digest('hex'),
    mainTargets: x.structure.mainTargets ?? null,
    warnings: x.warnings,
    sections: x.structure.sections.map((s) => ({
      level: s.level,
      ordinal: s.ordinal,
      title: s.title,
      role: s.role ?? null,
      start: s.start,
      end: s.end,
    })),
    tasks: x.structure.tasks.map((t) => ({ title: t.title, start: t.start, end: t.end, section: t.section })),
    targets: targetInputs(x, depts),
    actuals: x.actuals.map((a) => ({
      indicator: a.indicator,
      comparator: a.comparator,
      value: a.value,
      unit: a.unit,
      ratioToPlan: a.ratio_to_plan ?? null,
      yoyPct: a.yoy_pct ?? null,
      span: a.span,
      start: a.start,
      end: a.end,
    })),
  };
}

/** The year named by the upload, else read from the report; 400 when neither tells it. */
function yearOf(input: ImportInput, x: ExtractionResult): number {
  const year = input.year ?? x.structure.planYear;
  if (year) return year;
  throw new AppError('VALIDATION_FAILED', {
    zh: '无法从报告中识别年份,请在上传时填写 year。',
    en: 'The report does not tell its year; send `year` with the upload.',
  });
}

/** The region read from the report; 400 when it does not tell it. A masthead-only city becomes a warning. */
function regionOf(text: string, x: ExtractionResult): { guess: RegionGuess; warnings: Warning[] } {
  const guess = guessRegion(text, x.structure.title);
  if (!guess) {
    throw new AppError('VALIDATION_FAILED', {
      zh: '无法从报告中识别地区,请在上传时选择 regionId。',
      en: 'The report does not tell its region; send `regionId` with the upload.',
    });
  }
  const warnings =
    guess.parentFrom === 'masthead'
      ? [
          {
            code: 'region_from_masthead',
            message: `所属城市“${guess.parent!.name}”仅由报头推断,请核对地区“${guess.name}”(the city comes only from the newspaper masthead; check the region)。`,
          },
        ]
      : [];
  return { guess, warnings };
}

export async function importReport(db: Db, actor: Actor, input: ImportInput): Promise<ImportResult> {
  const text = await readText(input.bytes, input.fileName);
  const extracted = extractReport(text);
  const year = yearOf(input, extracted);
  const read = input.regionId ? null : regionOf(text, extracted);
  const x = { ...extracted, warnings: [...extracted.warnings, ...(read?.warnings ?? [])] };
  return write(db, actor, async (tx, audit) => {
    const region = read ? await ensureRegion(tx, audit, read.guess) : await getRegion(tx, input.regionId!);
    const depts = await ensureDepartments(tx, audit, region.id, defaultDepartments());
    const pi = planInput(x, text, input.fileName, region.id, year, depts);
    const plan = await insertPlan(tx, audit, pi);
    const summary = {
      title: plan.title,
      year: plan.year,
      region: region.name,
      sections: pi.sections.length,
      tasks: pi.tasks.length,
      targets: x.targets.length,
      qualitative: x.qualitative.length,
      actuals: x.actuals.length,
      suggestedLeads: pi.targets.filter((t) => t.suggestedLeadId).length,
    };
    const [row] = await tx
      .insert(imports)
      .values({ planId: plan.id, fileName: input.fileName, summary, createdBy: actor.userId })
      .returning();
    return { id: row!.id, draftPlanId: plan.id, summary, warnings: x.warnings };
  });
}
