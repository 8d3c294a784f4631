// Target types: how the tracker will judge a target (DOMAIN.md §3.2 judging rules by target type).

import type { TargetType } from '../types';
import type { UnitKind } from './units';

const GROWTH = /(增长|增速|增幅|涨幅|下降|降低|减少|提高|增加)$/;
const SHARE = /(占比|比重|比例|覆盖率|覆盖|份额|占)/;

/** The target type of a quantified target from its unit and indicator. */
export function targetType(
  unitKind: UnitKind | 'rank',
  indicator: string,
  comparatorWord: boolean,
): TargetType {
  if (unitKind === 'rank') return 'rank';
  if (unitKind === 'points') return 'rate_change';
  if (unitKind === 'share') return 'share';
  if (unitKind === 'percent' || unitKind === 'times') {
    if (GROWTH.test(indicator)) return 'growth';
    if (SHARE.test(indicator) || comparatorWord) return 'share';
    return 'level';
  }
  if (unitKind === 'count') return 'count';
  return 'level';
}
