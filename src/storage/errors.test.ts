import { describe, expect, it } from 'vitest';
import { notFound, versionConflict } from './errors';

describe('storage error messages', () => {
  it.each([
    ['target', '找不到目标 7。'],
    ['sheet', '找不到督办单 7。'],
    ['bulletin', '找不到通报 7。'],
    ['notification', '找不到通知 7。'],
  ])('names a missing %s in Chinese', (entity, zh) => {
    const e = notFound(entity, 7);
    expect(e.code).toBe('NOT_FOUND');
    expect(e.detail?.zh).toBe(zh);
    expect(e.detail?.en).toBe(`No ${entity} with id 7.`);
  });

  it('tells both versions in a conflict', () => {
    const e = versionConflict('sheet', 3, 1, 2);
    expect(e.code).toBe('VERSION_CONFLICT');
    expect(e.detail?.zh).toContain('督办单 3 已被他人修改');
    expect(e.detail?.zh).toContain('第 1 版');
  });
});
