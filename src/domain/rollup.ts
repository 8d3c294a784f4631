// Roll-up for the 通报: counts by status, completion and on-track rates, by area (板块), by lead department and
// for the whole plan, and a department ranking (DOMAIN.md §1.4 "Counts by status", e.g. 金寨 "欠进度17个(7.7%)、
// 超进度10个、已完成和提前完成24个…"; §1.5 考核 by completion rate; §2 丹凤 ranks departments).
import type { Colour, StatusId } from '../shared/status';
import { COLOUR_IDS, STATUS, STATUS_IDS } from '../shared/status';
import { formatNumber } from './format';

export interface RollupItem {
  /** 类别/板块: the report section the row belongs to (§1.2 columns). */
  area?: string;
  /** The lead unit (牵头单位, §1.2). */
  lead?: string;
  status: StatusId;
  colour: Colour;
  /** 完成时限, YYYY-MM-DD. */
  deadline?: string;
  /** The date the item was found completed, YYYY-MM-DD. */
  completedOn?: string;
  /** Judgement.doubleHalf at the mid-year period (§3.3 双过半), when checked. */
  doubleHalf?: boolean;
}

export interface Tally {
  total: number;
  byStatus: Record<StatusId, number>;
  byColour: Record<Colour, number>;
  /** Items with a judgement (total − 无数据). */
  judged: number;
  /** 已完成 ÷ judged, percent; null when nothing is judged. */
  completionRate: number | null;
  /** (已完成 + 超进度 + 达进度) ÷ judged, percent. */
  onTrackRate: number | null;
  /** Items whose 完成时限 is on or before `asOf`. */
  due: number;
  /** Due items completed on or before their 完成时限. */
  onTime: number;
  /** onTime ÷ due, percent (按时完成率); null when nothing is due. */
  onTimeRate: number | null;
  /** 双过半 (§3.3): items checked at mid-year and how many reached half their target. */
  doubleHalf: { checked: number; met: number };
}

const ON_TRACK: ReadonlySet<StatusId> = new Set(['completed', 'ahead', 'on_track']);

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function rate(n: number, d: number): number | null {
  return d === 0 ? null : Number(formatNumber((n / d) * 100, 2));
}

/** Counts and rates for a set of items; `asOf` (YYYY-MM-DD) decides which deadlines are due. */
export function tally(items: readonly RollupItem[], asOf?: string): Tally {
  const byStatus = zeroes(STATUS_IDS);
  const byColour = zeroes(COLOUR_IDS);
  let due = 0;
  let onTime = 0;
  const doubleHalf = { checked: 0, met: 0 };
  for (const it of items) {
    byStatus[it.status] += 1;
    byColour[it.colour] += 1;
    if (it.doubleHalf !== undefined) {
      doubleHalf.checked += 1;
      if (it.doubleHalf) doubleHalf.met += 1;
    }
    if (asOf !== undefined && it.deadline !== undefined && it.deadline <= asOf) {
      due += 1;
      const done =
        it.status === 'completed' && (it.completedOn === undefined || it.completedOn <= it.deadline);
      if (done) onTime += 1;
    }
  }
  const judged = items.length - byStatus.no_data;
  const onTrack = STATUS_IDS.filter((s) => ON_TRACK.has(s)).reduce((n, s) => n + byStatus[s], 0);
  return {
    total: items.length,
    byStatus,
    byColour,
    judged,
    completionRate: rate(byStatus.completed, judged),
    onTrackRate: rate(onTrack, judged),
    due,
    onTime,
    onTimeRate: rate(onTime, due),
    doubleHalf,
  };
}

export interface Group {
  key: string;
  tally: Tally;
}

export const UNGROUPED = { area: '未分类', lead: '未明确牵头单位' } as const;

/** Tallies grouped by area (板块) or by lead department, in first-seen order. */
export function rollupBy(items: readonly RollupItem[], by: 'area' | 'lead', asOf?: string): Group[] {
  const groups = new Map<string, RollupItem[]>();
  for (const it of items) {
    const key = it[by]?.trim() || UNGROUPED[by];
    const list = groups.get(key) ?? [];
    list.push(it);
    groups.set(key, list);
  }
  return [...groups].map(([key, list]) => ({ key, tally: tally(list, asOf) }));
}

export interface PlanRollup {
  plan: Tally;
  byArea: Group[];
  byDepartment: Group[];
}

/** The whole plan's roll-up: the plan, each area and each lead department. */
export function rollupPlan(items: readonly RollupItem[], asOf?: string): PlanRollup {
  return {
    plan: tally(items, asOf),
    byArea: rollupBy(items, 'area', asOf),
    byDepartment: rollupBy(items, 'lead', asOf),
  };
}

export interface RankedDepartment extends Group {
  /** Competition rank: equal rates share a place (1, 2, 2, 4), "居第N位". */
  rank: number;
}

/**
 * Ranks departments for the 通报: on-track rate first, then on-time rate, then fewer 欠进度 items. Nothing judged
 * ranks after any rate; nothing due counts as nothing late (100%). Ties share a rank; the listing is then by name.
 */
export function rankGroupsByProgress(groups: readonly Group[]): RankedDepartment[] {
  const keyOf = (g: Group) => [
    g.tally.onTrackRate ?? -1,
    g.tally.onTimeRate ?? 100,
    -g.tally.byStatus.behind,
  ];
  const cmp = (a: Group, b: Group) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    for (let i = 0; i < ka.length; i += 1) {
      const d = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...groups].sort((a, b) => cmp(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ranked: RankedDepartment[] = [];
  sorted.forEach((g, i) => {
    const prev = ranked[i - 1];
    const rank = prev && cmp(prev, g) === 0 ? prev.rank : i + 1;
    ranked.push({ ...g, rank });
  });
  return ranked;
}

/**
 * The 通报 count line (§1.4 item 2): "共222项,其中已完成24项、超进度10项、达进度162项、欠进度17项(7.7%)…";
 * zero counts are left out; lagging statuses carry their share of the total.
 */
export function statusCountsSentence(t: Tally, measure = '项'): { zh: string; en: string } {
  const lagging: ReadonlySet<StatusId> = new Set(['behind', 'not_started']);
  const parts = STATUS_IDS.filter((s) => t.byStatus[s] > 0).map((s) => {
    const n = t.byStatus[s];
    const share = lagging.has(s) ? `(${formatNumber((n / t.total) * 100, 1)}%)` : '';
    return { zh: `${STATUS[s].zh}${n}${measure}${share}`, en: `${STATUS[s].en.toLowerCase()} ${n}${share}` };
  });
  if (parts.length === 0) return { zh: `共0${measure}`, en: 'No items' };
  return {
    zh: `共${t.total}${measure},其中${parts.map((p) => p.zh).join('、')}`,
    en: `${t.total} items: ${parts.map((p) => p.en).join(', ')}`,
  };
}
