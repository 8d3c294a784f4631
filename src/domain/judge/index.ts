// judgeTarget: one target, one period's progress, one region's rule set → status, light, gap and a 通报
// sentence (DOMAIN.md §3.2 rules by type, §3.3 lights). Pure; throws DomainError only for bad input.
import type { RuleSet } from '../../shared/rules';
import { DEFAULT_RULE_SET } from '../../shared/rules';
import type { Method, Progress, Target } from '../target';
import { assertValidTarget, methodOf } from '../target';
import type { Draft, Judgement } from './common';
import { finish } from './common';
import { judgeCumulative } from './cumulative';
import { judgeGrowth } from './growth';
import { judgeMilestone } from './milestone';
import { judgePoint } from './point';
import { judgeQualitative } from './qualitative';
import { judgeRank } from './rank';

export type { Gap, Judgement } from './common';

const JUDGES: Readonly<Record<Method, (t: Target, p: Progress, r: RuleSet) => Draft>> = {
  growth: judgeGrowth,
  cumulative: judgeCumulative,
  point: judgePoint,
  rank: judgeRank,
  milestone: judgeMilestone,
  qualitative: judgeQualitative,
};

/** Judges a target's progress for one reporting period with a region's rule set (default: DOMAIN.md §3.3). */
export function judgeTarget(
  target: Target,
  progress: Progress,
  rules: RuleSet = DEFAULT_RULE_SET,
): Judgement {
  assertValidTarget(target);
  const draft = JUDGES[methodOf(target)](target, progress, rules);
  return finish(draft, target, rules);
}
