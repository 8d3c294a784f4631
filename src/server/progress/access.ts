// Who may write a target's progress: an admin, or a reporter of the target's lead department (issue 3 roles).
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../../storage/db';
import { getTarget } from '../../storage/repos';
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
