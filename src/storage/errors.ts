// Storage failures as catalogued errors; database errors are mapped by SQLSTATE, never by message text.
import { AppError } from '../shared/api/errors';

export function notFound(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', {
    zh: `找不到${entityZh[entity] ?? entity} ${id}。`,
    en: `No ${entity} with id ${id}.`,
  });
}

export function versionConflict(entity: string, id: number, sent: number, current: number): AppError {
  return new AppError('VERSION_CONFLICT', {
    zh: `${entityZh[entity] ?? entity} ${id} 已被他人修改(您编辑的是第 ${sent} 版,当前为第 ${current} 版),请刷新后重新编辑。`,
    en: `${entity} ${id} was changed by someone else meanwhile (you edited version ${sent}, it is now version ${current}); reload it and edit again.`,
  });
}

const entityZh: Record<string, string> = {
  target: '目标',
  plan: '报告',
  department: '部门',
  progress: '进展报告',
  assignment: '分工',
  user: '用户',
  region: '地区',
  evidence: '佐证材料',
  sheet: '督办单',
  bulletin: '通报',
  notification: '通知',
};

/** The SQLSTATE of a driver error (pg and PGlite both expose `code`). */
export function sqlState(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 3 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
