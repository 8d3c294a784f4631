// Who may write a target's progress: an admin, or a reporter of the target's lead department (issue 3 roles).
import { AppError } from '../../shared/api/errors';
import { readPeriodId } from '../../shared/period';
import type { Queryable } from '../../storage/db';
import { getPlan, getProgress, getTarget } from '../../storage/repos';
import type { TargetRow, UserRow } from '../../storage/schema';

export async function targetForReporter(q: Queryable, user: UserRow, targetId: number): Promise<TargetRow> {
  const { target, assignment } = await getTarget(q, targetId);
  if (user.role === 'admin') return target;
  if (
    user.role === 'reporter' &&
    assignment?.leadDepartmentId &&
    assignment.leadDepartmentId === user.departmentId
  ) {
    return target;
  }
  throw new AppError('FORBIDDEN', {
    zh: '只能填报本部门牵头的目标。',
    en: 'You can report only on targets your own department leads.',
  });
}

/** A verdict (已完成/序时推进/滞后/未启动) judges only a qualitative target (DOMAIN.md §3.2): 400 otherwise. */
export async function checkVerdictTarget(q: Queryable, progressId: number): Promise<void> {
  const { target } = await getTarget(q, (await getProgress(q, progressId)).targetId);
  if (target.type === 'qualitative') return;
  throw new AppError('VALIDATION_FAILED', {
    zh: '只有定性任务的进展可以给出督查结论(已完成/序时推进/滞后/未启动)。',
    en: 'Only a qualitative target takes a verdict (done, on schedule, lagging, not started).',
  });
}

/** A report covers a period of its plan's year (DOMAIN.md §1.3: 1–N月 of the plan year, its quarters, halves
 * or the year itself); a period of another year would be judged as if it were this year's: 400. */
export async function checkPeriodInPlanYear(
  q: Queryable,
  target: TargetRow,
  period: string,
  then?: { zh: string; en: string },
): Promise<void> {
  const { year } = await getPlan(q, target.planId);
  if (readPeriodId(period)?.year === year) return;
  throw new AppError('VALIDATION_FAILED', {
    zh: `报告期 ${period} 不在本计划年度(${year}年)内。${then?.zh ?? ''}`,
    en: `The period ${period} is not in the plan's year (${year}).${then ? ` ${then.en}` : ''}`,
  });
}

/** What to do about a stored report whose period is outside the plan's year (filed before the check). */
export const PERIOD_FIX = {
  submit: { zh: '请先更正报告期再提交。', en: 'Correct the period before submitting.' },
  approve: {
    zh: '不能审核通过,请退回部门更正报告期。',
    en: 'It cannot be approved; return it to the department to correct the period.',
  },
};
