// Qualitative tasks (深化…改革, 持续推进): a 督查 reviewer's judgement 已完成 / 序时推进 / 滞后 / 未启动
// (DOMAIN.md §3.2 "Qualitative"); 未启动 after a node date is red (§3.3).
import type { RuleSet } from '../../shared/rules';
import type { StatusId, Verdict } from '../../shared/status';
import { VERDICTS } from '../../shared/status';
import type { Progress, Target } from '../target';
import type { Draft, Severity } from './common';
import { deadlinePassed, noData, nodePassed } from './common';

const STATUS_OF: Readonly<Record<Verdict, StatusId>> = {
  done: 'completed',
  on_schedule: 'on_track',
  lagging: 'behind',
  not_started: 'not_started',
};

export function judgeQualitative(t: Target, p: Progress, _rules: RuleSet): Draft {
  if (!p.verdict) return noData('qualitative', p);
  const status = STATUS_OF[p.verdict];
  const severity: Severity | undefined =
    status === 'behind'
      ? deadlinePassed(t, p)
        ? 'red'
        : 'yellow'
      : status === 'not_started' && nodePassed(t, p)
        ? 'red'
        : undefined;
  const label = VERDICTS[p.verdict];
  const draft: Draft = {
    method: 'qualitative',
    status,
    gap: null,
    sentence: { zh: `督查认定:${label.zh}`, en: `Reviewer's judgement: ${label.en.toLowerCase()}` },
  };
  if (severity) draft.severity = severity;
  return draft;
}
