// Import: file bytes → text → extraction → a DRAFT plan with suggested lead units, in one transaction.
// A person then reviews (PATCH/DELETE/POST targets) and confirms (POST /api/plans/:id/confirm).
import { createHash } from 'node:crypto';
import { isReportReadError, readReport } from '../../extract/readers';
import type { ExtractionResult, Warning } from '../../extract/types';
import { AppError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/api/imports';
import { type RegionLevel, regionLevels } from '../../shared/api/users';
import type { Db, Queryable } from '../../storage/db';
import {
  ensureDepartments,
  ensureRegion,
  findRegionByName,
  getRegion,
  insertPlan,
  type PlanInput,
  type TargetInput,
} from '../../storage/repos';
import type { DepartmentRow, RegionRow } from '../../storage/schema';
import { imports } from '../../storage/schema';
import { type Actor, type Audit, write } from '../../storage/write';
import { departmentListFor, extractReport, suggestLead } from './adapters';
import { guessRegion, levelOfName, type RegionGuess } from './region';

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** An existing region. */
  regionId?: number;
  /** A region by name: found, or created with `level` (or the level its name's ending tells). */
  region?: { name: string; level?: RegionLevel };
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

/**
 * The hash that tells a report imported twice: of its text without whitespace, so the same report uploaded as
 * .docx (one line per paragraph) and as .txt (blank lines between) is one report (it became two draft plans).
 */
export function textHash(text: string): string {
  return createHash('sha256')
    .update(text.replace(/[\s\u3000]+/g, ''))
    .digest('hex');
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
    sourceHash: textHash(text),
    priorHashes: [createHash('sha256').update(text).digest('hex')],
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
  const en = 'The report does not tell its year; send `year` with the upload.';
  throw new AppError(
    'VALIDATION_FAILED',
    { zh: '无法从报告中识别年份,请在上传时填写 year。', en },
    { year: en },
  );
}

/** Where the plan goes: an existing region (id), one named by the person (found or created), or the guess. */
type RegionChoice =
  | { kind: 'id'; id: number }
  | { kind: 'named'; name: string; level?: RegionLevel }
  | { kind: 'read'; guess: RegionGuess };

/** The region read from the report; 400 when it does not tell it. A masthead-only city becomes a warning. */
function regionOf(text: string, x: ExtractionResult): { guess: RegionGuess; warnings: Warning[] } {
  const guess = guessRegion(text, x.structure.title);
  if (!guess) {
    const en = 'The report does not tell its region; send `regionId`, or `region` (a name) and its `level`.';
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: '无法从报告中识别地区,请选择已有地区(regionId),或填写地区名称(region)及其级别(level)。', en },
      { region: en },
    );
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

const LEVEL_ZH: Record<RegionLevel, string> = {
  national: '国家',
  province: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
};

/** The notice of a plan whose level has no department list: its targets are left for a person to assign. */
function noDepartmentList(level: RegionLevel): Warning {
  return {
    code: 'no_department_list',
    message: `${LEVEL_ZH[level]}暂无部门清单,未自动指派牵头单位,请在“部门”中添加本级部门后手动指派(no department list for the ${level} level: no lead units were suggested; add this level's departments and assign by hand)。`,
  };
}

/** A report read and understood, not yet stored: every check that needs no database has passed. */
export interface PreparedImport {
  text: string;
  fileName: string;
  extraction: ExtractionResult;
  year: number;
  region: RegionChoice;
}

/** Reads the file, extracts the plan and settles its year and region; throws AppError (4xx) and writes nothing. */
export async function prepareImport(input: ImportInput): Promise<PreparedImport> {
  const text = await readText(input.bytes, input.fileName);
  const extracted = extractReport(text);
  const year = yearOf(input, extracted);
  if (input.regionId) {
    return {
      text,
      fileName: input.fileName,
      extraction: extracted,
      year,
      region: { kind: 'id', id: input.regionId },
    };
  }
  if (input.region) {
    const { name, level } = input.region;
    const region: RegionChoice = { kind: 'named', name, ...(level ? { level } : {}) };
    return { text, fileName: input.fileName, extraction: extracted, year, region };
  }
  const read = regionOf(text, extracted);
  return {
    text,
    fileName: input.fileName,
    extraction: { ...extracted, warnings: [...extracted.warnings, ...read.warnings] },
    year,
    region: { kind: 'read', guess: read.guess },
  };
}

/** The region a person named: found by name (its level must agree), else created with the level given or told by
 *  the name's ending; 400 when a new region's level is unknown. */
async function namedRegion(
  tx: Queryable,
  audit: Audit,
  name: string,
  level?: RegionLevel,
): Promise<RegionRow> {
  const found = await findRegionByName(tx, name);
  if (found) {
    if (level && level !== found.level) {
      const en = `The region ${name} exists with the level ${found.level}, not ${level}.`;
      throw new AppError(
        'VALIDATION_FAILED',
        { zh: `地区“${name}”已存在,级别为 ${found.level},不是 ${level}。`, en },
        { level: en },
      );
    }
    return found;
  }
  const known = level ?? levelOfName(name);
  if (!known) {
    const en = `The region ${name} is new and its name does not tell its level; send \`level\` (${regionLevels.join(', ')}).`;
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: `地区“${name}”尚不存在,且名称看不出级别,请填写 level(${regionLevels.join('、')})。`, en },
      { level: en },
    );
  }
  return ensureRegion(tx, audit, { name, level: known });
}

function regionRow(tx: Queryable, audit: Audit, choice: RegionChoice): Promise<RegionRow> {
  if (choice.kind === 'id') return getRegion(tx, choice.id);
  if (choice.kind === 'named') return namedRegion(tx, audit, choice.name, choice.level);
  return ensureRegion(tx, audit, choice.guess);
}

/** Stores a prepared import as a draft plan in ONE audited transaction (nothing is kept when a step fails). */
export function storeImport(db: Db, actor: Actor, p: PreparedImport): Promise<ImportResult> {
  let x = p.extraction;
  return write(db, actor, async (tx, audit) => {
    const region = await regionRow(tx, audit, p.region);
    const list = departmentListFor(region.level);
    const depts = list ? await ensureDepartments(tx, audit, region.id, list) : [];
    if (!list) x = { ...x, warnings: [...x.warnings, noDepartmentList(region.level)] };
    const pi = planInput(x, p.text, p.fileName, region.id, p.year, depts);
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
      .values({ planId: plan.id, fileName: p.fileName, summary, createdBy: actor.userId })
      .returning();
    return { id: row!.id, draftPlanId: plan.id, summary, warnings: x.warnings };
  });
}

export async function importReport(db: Db, actor: Actor, input: ImportInput): Promise<ImportResult> {
  return storeImport(db, actor, await prepareImport(input));
}
