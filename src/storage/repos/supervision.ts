// 督办单 (DOMAIN.md §1.4) and stored 通报: rows ↔ the domain's DubanSheet, numbering per year (督办〔2024〕3号).
import { and, asc, desc, eq, inArray, max, ne, type SQL } from 'drizzle-orm';
import type { DubanSheet, SheetHistoryItem } from '../../domain/supervision/sheets';
import type { Queryable } from '../db';
import { notFound, versionConflict } from '../errors';
import {
  type BulletinRow,
  bulletins,
  dubanSheetEvents,
  dubanSheets,
  type SheetEventRow,
  type SheetRow,
} from '../schema-supervision';
import type { Audit } from '../write';

export interface StoredSheet {
  row: SheetRow;
  sheet: DubanSheet;
}

function toDomain(row: SheetRow, events: SheetEventRow[]): DubanSheet {
  const history: SheetHistoryItem[] = events
    .sort((a, b) => a.position - b.position)
    .map((e) => ({ on: e.onDate, event: e.event, colour: e.colour, note: e.note }));
  return {
    id: row.id,
    number: row.number,
    targetId: row.targetId,
    departmentId: row.departmentId,
    colour: row.colour,
    reasonsZh: row.reasons,
    issuedOn: row.issuedOn,
    responseDeadline: row.responseDeadline,
    state: row.state,
    response:
      row.responseText !== null && row.respondedOn !== null
        ? { text: row.responseText, on: row.respondedOn, by: row.respondedBy ?? '' }
        : null,
    closedOn: row.closedOn,
    closedBy: row.closedBy,
    history,
  };
}

export interface SheetFilter {
  planId?: number;
  targetId?: number;
  departmentId?: number;
  ids?: number[];
  /** 'active' = open or responded. */
  state?: 'open' | 'responded' | 'closed' | 'active';
  /** Issued on this day (YYYY-MM-DD), whatever the state. */
  issuedOn?: string;
}

export async function listSheets(q: Queryable, f: SheetFilter = {}): Promise<StoredSheet[]> {
  const conds: SQL[] = [];
  if (f.planId !== undefined) conds.push(eq(dubanSheets.planId, f.planId));
  if (f.targetId !== undefined) conds.push(eq(dubanSheets.targetId, f.targetId));
  if (f.departmentId !== undefined) conds.push(eq(dubanSheets.departmentId, f.departmentId));
  if (f.ids) conds.push(inArray(dubanSheets.id, f.ids.length ? f.ids : [0]));
  if (f.state === 'active') conds.push(ne(dubanSheets.state, 'closed'));
  else if (f.state) conds.push(eq(dubanSheets.state, f.state));
  if (f.issuedOn !== undefined) conds.push(eq(dubanSheets.issuedOn, f.issuedOn));
  const rows = await q
    .select()
    .from(dubanSheets)
    .where(and(...conds))
    .orderBy(desc(dubanSheets.issuedOn), desc(dubanSheets.id));
  if (rows.length === 0) return [];
  const events = await q
    .select()
    .from(dubanSheetEvents)
    .where(
      inArray(
        dubanSheetEvents.sheetId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(dubanSheetEvents.sheetId), asc(dubanSheetEvents.position));
  return rows.map((row) => ({
    row,
    sheet: toDomain(
      row,
      events.filter((e) => e.sheetId === row.id),
    ),
  }));
}

export async function getSheet(q: Queryable, id: number, lock = false): Promise<StoredSheet> {
  const base = q.select().from(dubanSheets).where(eq(dubanSheets.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw notFound('sheet', id);
  const events = await q.select().from(dubanSheetEvents).where(eq(dubanSheetEvents.sheetId, id));
  return { row, sheet: toDomain(row, events) };
}

async function nextSeq(q: Queryable, table: typeof dubanSheets | typeof bulletins, year: number) {
  const [r] = await q
    .select({ n: max(table.seq) })
    .from(table)
    .where(eq(table.year, year));
  return (r?.n ?? 0) + 1;
}

/** Stores a new sheet with the next number of its year; returns it with id and number. */
export async function insertSheet(
  q: Queryable,
  audit: Audit,
  planId: number,
  sheet: DubanSheet,
  numberOf: (year: number, seq: number) => string,
  userId: number | null,
): Promise<StoredSheet> {
  const year = Number(sheet.issuedOn.slice(0, 4));
  const seq = await nextSeq(q, dubanSheets, year);
  const [row] = await q
    .insert(dubanSheets)
    .values({
      planId,
      targetId: sheet.targetId,
      departmentId: sheet.departmentId,
      year,
      seq,
      number: numberOf(year, seq),
      colour: sheet.colour,
      reasons: sheet.reasonsZh,
      issuedOn: sheet.issuedOn,
      responseDeadline: sheet.responseDeadline,
      state: sheet.state,
      issuedBy: userId,
    })
    .returning();
  await insertEvents(q, row!.id, sheet.history, 0, userId);
  const stored = await getSheet(q, row!.id);
  await audit('issue', 'sheet', row!.id, null, stored.sheet);
  return stored;
}

async function insertEvents(
  q: Queryable,
  sheetId: number,
  items: readonly SheetHistoryItem[],
  from: number,
  userId: number | null,
): Promise<void> {
  const fresh = items.slice(from);
  if (fresh.length === 0) return;
  await q.insert(dubanSheetEvents).values(
    fresh.map((h, i) => ({
      sheetId,
      position: from + i,
      onDate: h.on,
      event: h.event,
      colour: h.colour,
      note: h.note,
      userId,
    })),
  );
}

/** Saves a sheet the domain changed (respond, return, close, escalate); version checked when given. */
export async function saveSheet(
  q: Queryable,
  audit: Audit,
  before: StoredSheet,
  after: DubanSheet,
  version: number | undefined,
  action: string,
  userId: number | null,
): Promise<StoredSheet> {
  if (version !== undefined && before.row.version !== version) {
    throw versionConflict('sheet', before.row.id, version, before.row.version);
  }
  await q
    .update(dubanSheets)
    .set({
      colour: after.colour,
      reasons: after.reasonsZh,
      responseDeadline: after.responseDeadline,
      state: after.state,
      responseText: after.response?.text ?? null,
      respondedOn: after.response?.on ?? null,
      respondedBy: after.response?.by ?? null,
      closedOn: after.closedOn,
      closedBy: after.closedBy,
      version: before.row.version + 1,
    })
    .where(eq(dubanSheets.id, before.row.id));
  await insertEvents(q, before.row.id, after.history, before.sheet.history.length, userId);
  const stored = await getSheet(q, before.row.id);
  await audit(action, 'sheet', before.row.id, before.sheet, stored.sheet);
  return stored;
}

export async function nextBulletinSeq(q: Queryable, year: number): Promise<number> {
  return nextSeq(q, bulletins, year);
}

export async function insertBulletin(
  q: Queryable,
  audit: Audit,
  b: Omit<BulletinRow, 'id' | 'createdAt'>,
): Promise<BulletinRow> {
  const [row] = await q.insert(bulletins).values(b).returning();
  await audit('publish', 'bulletin', row!.id, null, { number: row!.number, period: row!.period });
  return row!;
}

export async function getBulletin(q: Queryable, id: number): Promise<BulletinRow> {
  const [row] = await q.select().from(bulletins).where(eq(bulletins.id, id));
  if (!row) throw notFound('bulletin', id);
  return row;
}

export function listBulletins(q: Queryable, planId: number): Promise<BulletinRow[]> {
  return q
    .select()
    .from(bulletins)
    .where(eq(bulletins.planId, planId))
    .orderBy(desc(bulletins.issuedOn), desc(bulletins.id));
}
