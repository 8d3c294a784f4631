// Rank targets (进入全省前三, 居全市第5位): rank ≤ N from the latest upper-level 通报; "前列" needs an explicit N
// stored per target (DOMAIN.md §3.2 "Rank", §4 "前列 / 前三").
import type { RuleSet } from '../../shared/rules';
import { isYearEnd } from '../period';
import type { Progress, Target } from '../target';
import type { Draft, Severity } from './common';
import { deadlinePassed, noData, valueIn } from './common';

export function judgeRank(t: Target, p: Progress, rules: RuleSet): Draft {
  const rank = valueIn(t, p);
  if (rank === null) return noData('rank', p);
  const n = t.value;
  const met = t.comparator === '<' ? rank < n : rank <= n;
  const due = isYearEnd(p.period) || deadlinePassed(t, p);
  const short = rank - n;
  const severity: Severity | undefined = met
    ? undefined
    : short <= rules.thresholds.rankYellowPlaces
      ? 'yellow'
      : 'red';
  const goal = t.comparator === '=' ? `第${n}位` : `前${n}位`;
  const enGoal = t.comparator === '=' ? `place ${n}` : `top ${n}`;
  const draft: Draft = {
    method: 'rank',
    status: met ? (due ? 'completed' : 'on_track') : 'behind',
    gap: { value: n - rank, unit: '位' },
    value: rank,
    sentence: met
      ? { zh: `居第${rank}位,达到${goal}的目标`, en: `Ranked ${rank}, meeting the ${enGoal} target` }
      : {
          zh: `居第${rank}位,目标${goal},差${short}位`,
          en: `Ranked ${rank}; target ${enGoal}; ${short} places short`,
        },
  };
  if (severity) draft.severity = severity;
  return draft;
}
