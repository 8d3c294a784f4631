import { describe, expect, it } from 'vitest';
import { createDictionary, DEFAULT_DEPARTMENTS, resolveDepartment } from './dictionary';

describe('the default unit dictionary (DOMAIN.md §2)', () => {
  it('lists about 30 工作部门', () => {
    const n = DEFAULT_DEPARTMENTS.departments.filter((d) => d.kind === 'department').length;
    expect(n).toBeGreaterThanOrEqual(28);
    expect(n).toBeLessThanOrEqual(32);
  });

  it.each([['税务局'], ['国家统计局调查队'], ['各乡镇(街道)']])('includes %s', (name) => {
    expect(DEFAULT_DEPARTMENTS.departments.map((d) => d.name)).toContain(name);
  });
});

describe('resolveDepartment', () => {
  it.each([
    ['经信局', '工业和信息化局'],
    ['工信局', '工业和信息化局'],
    ['科工局', '工业和信息化局'],
    ['科经局', '工业和信息化局'],
    ['县科经局', '工业和信息化局'],
    ['区发改委', '发展和改革局'],
    ['自然资源和规划局', '自然资源局'],
    ['文广旅体局', '文化和旅游局'],
    ['教育体育局', '教育局'],
    ['税务局(征缴)', '税务局'],
    ['调查队', '国家统计局调查队'],
    ['各镇人民政府', '各乡镇(街道)'],
    ['各乡镇人民政府(街道)', '各乡镇(街道)'],
  ])('resolves %s to %s', (name, canonical) => {
    expect(resolveDepartment(name)?.name).toBe(canonical);
  });

  it('returns null for a unit it does not know', () => {
    expect(resolveDepartment('电信运营商')).toBeNull();
  });
});

describe('createDictionary', () => {
  const unit = { group: '综合', kind: 'department', functions: [] };

  it('rejects a name claimed by two units', () => {
    const entries = [
      { ...unit, id: 'a', name: '甲局', short: '甲局', aliases: ['共用局'] },
      { ...unit, id: 'b', name: '乙局', short: '乙局', aliases: ['共用局'] },
    ];
    expect(() => createDictionary(entries)).toThrow(/同时属于/);
  });

  it('rejects an entry without a name', () => {
    expect(() => createDictionary([{ ...unit, id: 'a', short: '甲局', aliases: [] }])).toThrow(
      /单位字典无效/,
    );
  });
});
