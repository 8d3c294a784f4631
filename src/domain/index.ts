// The domain's public API: pure rules for judging a county's targets (see docs/domain.md).
// src/domain/supervision is exported from its own index.
export * from './departments/index';
export type { DomainErrorCode } from './errors';
export { DomainError } from './errors';
export { formatNumber, roundTo } from './format';
export type { Gap, Judgement } from './judge/index';
export { judgeTarget } from './judge/index';
export type { Period } from './period';
export {
  isYearEnd,
  makePeriod,
  parsePeriod,
  parsePeriodId,
  periodEndDate,
  periodEndMonth,
  periodId,
  periodLabel,
  periodNameZh,
  periodStartMonth,
  periodsOfYear,
  reportingPeriods,
} from './period';
export type { Group, PlanRollup, RankedDepartment, RollupItem, Tally } from './rollup';
export { rankGroupsByProgress, rollupBy, rollupPlan, statusCountsSentence, tally, UNGROUPED } from './rollup';
export type { Better, Method, Progress, Target } from './target';
export { assertValidTarget, betterOf, inferBetter, inferDecrease, methodOf } from './target';
export type { Milestone, TimeProgressOptions } from './time-progress';
export { formatTimeProgress, timeProgress } from './time-progress';
export type { CompareResult, ConvertResult, Dimension, Quantity, UnitInfo } from './units';
export { compareQuantities, convertValue, normaliseUnit, parseUnit } from './units';
