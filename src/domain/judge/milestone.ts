// Milestone targets (争创…示范区, 完成…建设): track the stage 申报 → 评审/公示 → 获批/命名, done only with
// evidence; during the year the status is whether the planned 节点 were met (DOMAIN.md §3.2 "Milestone").
// A milestone reported as percent done is judged against its percent 节点 like an amount (§1.2 节点).
import type { RuleSet } from '../../shared/rules';
import type { Stage } from '../../shared/status';
import { STAGE_IDS, STAGES } from '../../shared/status';
import { formatNumber } from '../format';
import { isYearEnd, periodEndDate } from '../period';
import type { Progress, Target } from '../target';
import { timeProgress } from '../time-progress';
import type { Draft, Severity } from './common';
import { deadlinePassed, noData } from './common';

export function judgeMilestone(t: Target, p: Progress, rules: RuleSet): Draft {
  if (p.stage) return judgeStage(t, p, p.stage);
  if (p.value !== undefined && p.value !== null) return judgePercentDone(t, p, p.value, rules);
  return noData('milestone', p);
}

/** The stage due by the period's end: the latest stage 节点 passed, or 获批/命名 once the 完成时限 is past. */
function plannedStage(t: Target, p: Progress): Stage {
  if (deadlinePassed(t, p) || isYearEnd(p.period)) return 'approved';
  const end = periodEndDate(p.period);
  const passed = (t.milestones ?? [])
    .filter((m) => m.stage !== undefined && m.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date));
  return passed.at(-1)?.stage ?? 'none';
}

function judgeStage(t: Target, p: Progress, stage: Stage): Draft {
  const now = STAGE_IDS.indexOf(stage);
  const planned = plannedStage(t, p);
  const due = STAGE_IDS.indexOf(planned);
  const evidence = p.evidence?.trim() ?? '';
  const cur = STAGES[stage];
  const base = { method: 'milestone' as const, gap: due > 0 ? { value: now - due, unit: '个阶段' } : null };
  if (stage === 'approved' && evidence) {
    return {
      ...base,
      status: 'completed',
      sentence: { zh: `已${cur.zh}(佐证:${evidence})`, en: `${cur.en} (evidence: ${evidence})` },
    };
  }
  if (stage === 'approved') {
    return {
      ...base,
      status: 'on_track',
      sentence: { zh: `已${cur.zh},待补充佐证材料`, en: `${cur.en}; evidence still to be filed` },
    };
  }
  const want = STAGES[planned];
  if (now === 0) {
    const severity: Severity | undefined = due > 0 ? 'red' : undefined;
    const draft: Draft = {
      ...base,
      status: 'not_started',
      sentence:
        due > 0
          ? { zh: `尚未申报,节点要求${want.zh}`, en: `Not yet applied; the milestone requires: ${want.en}` }
          : { zh: '尚未申报,节点未到', en: 'Not yet applied; no milestone due yet' },
    };
    if (severity) draft.severity = severity;
    return draft;
  }
  if (now >= due) {
    return {
      ...base,
      status: due > 0 && now > due ? 'ahead' : 'on_track',
      sentence: { zh: `处于${cur.zh}阶段,符合节点要求`, en: `At stage: ${cur.en}; milestones met` },
    };
  }
  return {
    ...base,
    status: 'behind',
    severity: due - now === 1 && !isYearEnd(p.period) ? 'yellow' : 'red',
    sentence: {
      zh: `处于${cur.zh}阶段,节点要求${want.zh}`,
      en: `At stage: ${cur.en}; the milestone requires: ${want.en}`,
    },
  };
}

function judgePercentDone(t: Target, p: Progress, done: number, rules: RuleSet): Draft {
  const tp =
    deadlinePassed(t, p) || isYearEnd(p.period)
      ? 100
      : timeProgress(p.period, { schedule: rules.schedule, milestones: t.milestones ?? [] });
  const gap = done - tp;
  const status =
    done >= 100 ? 'completed' : done === 0 && tp > 0 ? 'not_started' : gap >= 0 ? 'on_track' : 'behind';
  const d = rules.decimals;
  const draft: Draft = {
    method: 'milestone',
    status,
    gap: { value: Number(formatNumber(gap, 2)), unit: '个百分点' },
    completion: done,
    timeProgress: Number(formatNumber(tp, 2)),
    sentence:
      gap >= 0
        ? {
            zh: `工作量完成${formatNumber(done, d)}%,达到节点要求`,
            en: `${formatNumber(done, d)}% done; milestones met`,
          }
        : {
            zh: `工作量完成${formatNumber(done, d)}%,低于节点要求${formatNumber(-gap, d)}个百分点`,
            en: `${formatNumber(done, d)}% done; ${formatNumber(-gap, d)} points behind the milestones`,
          },
  };
  if (status === 'behind' || status === 'not_started') {
    draft.severity = -gap <= rules.thresholds.cumulativeYellowPoints ? 'yellow' : 'red';
  }
  return draft;
}
