// Ranking departments for a 通报 by two rates: reports handed in on time (报送及时率, from the calendar) and
// targets at or ahead of 序时 (达进度率, from the judgements). 丹凤 ranks units in its 通报 (DOMAIN.md §2 [44]);
// 涪陵 sorts into 较好 / 不够理想 (§1.4). Weights are configurable; default equal.
import type { StatusId } from '../../shared/status';

export interface RankedDepartment {
  /** Competition rank (1, 2, 2, 4); null when neither rate exists. */
  rank: number | null;
  departmentId: number;
  name: string;
  /** Targets led, and those judged (not 无数据). */
  targets: number;
  judged: number;
  onTrack: number;
  /** Shares 0–1, null when nothing to measure. */
  onTimeRate: number | null;
  onTrackRate: number | null;
  /** Weighted score 0–100. */
  score: number | null;
}

const GOOD: ReadonlySet<StatusId> = new Set(['completed', 'ahead', 'on_track']);

interface ItemRef {
  departmentId: number | null;
  departmentName: string | null;
  status: StatusId;
}

interface ReportingRef {
  departmentId: number;
  name: string;
  onTimeRate: number | null;
}

function score(onTime: number | null, onTrack: number | null, w: { onTime: number; onTrack: number }) {
  const parts: Array<[number, number]> = [];
  if (onTime !== null) parts.push([onTime, w.onTime]);
  if (onTrack !== null) parts.push([onTrack, w.onTrack]);
  const weight = parts.reduce((s, [, x]) => s + x, 0);
  if (parts.length === 0 || weight <= 0) return null;
  return (parts.reduce((s, [v, x]) => s + v * x, 0) / weight) * 100;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');

/** Ranks every department that leads a target or owes reports. */
export function rankDepartments(
  items: readonly ItemRef[],
  reporting: readonly ReportingRef[],
  weights: { onTime: number; onTrack: number } = { onTime: 0.5, onTrack: 0.5 },
): RankedDepartment[] {
  const rows = new Map<number, RankedDepartment>();
  const row = (id: number, name: string) => {
    let r = rows.get(id);
    if (!r) {
      r = {
        rank: null,
        departmentId: id,
        name,
        targets: 0,
        judged: 0,
        onTrack: 0,
        onTimeRate: null,
        onTrackRate: null,
        score: null,
      };
      rows.set(id, r);
    }
    return r;
  };
  for (const i of items) {
    if (i.departmentId === null) continue;
    const r = row(i.departmentId, i.departmentName ?? `部门#${i.departmentId}`);
    r.targets++;
    if (i.status !== 'no_data') r.judged++;
    if (GOOD.has(i.status)) r.onTrack++;
  }
  for (const rep of reporting) row(rep.departmentId, rep.name).onTimeRate = rep.onTimeRate;
  for (const r of rows.values()) {
    r.onTrackRate = r.judged > 0 ? r.onTrack / r.judged : null;
    r.score = score(r.onTimeRate, r.onTrackRate, weights);
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      (b.onTrackRate ?? -1) - (a.onTrackRate ?? -1) ||
      (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
      byName(a.name, b.name),
  );
  let previous: RankedDepartment | null = null;
  sorted.forEach((r, i) => {
    if (r.score === null) return;
    const tie =
      previous?.score !== null && previous !== null && Math.abs((previous.score ?? 0) - r.score) < 1e-9;
    r.rank = tie && previous ? previous.rank : i + 1;
    previous = r;
  });
  return sorted;
}
