// Known statements of the shipped sample report (examples/heshan-2024.txt), with offsets into the raw
// text: runs in every checkout, with or without ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Statement, TargetStatement } from '../types';
import { extractStatements } from './index';

const raw = readFileSync(
  fileURLToPath(new URL('../../../examples/heshan-2024.txt', import.meta.url)),
  'utf8',
);
const result = extractStatements(raw);

function find(kind: 'target' | 'actual', value: number, unit: string): Statement {
  const list: Statement[] = kind === 'target' ? result.targets : result.actuals;
  const hits = list.filter((s) => s.value === value && s.unit === unit);
  expect(hits.length, `${kind} ${value}${unit}`).toBeGreaterThan(0);
  return hits[0]!;
}

function target(value: number, unit: string): TargetStatement {
  const hit = result.targets.find((s) => s.value === value && s.unit === unit);
  expect(hit, `target ${value}${unit}`).toBeDefined();
  return hit!;
}

describe('examples/heshan-2024.txt', () => {
  it.each([
    ['target', 7.5, '%', '=', '地区生产总值增长7.5%'],
    ['target', 24, '%', '=', '研发经费投入增长\n\n24%'],
    ['target', 8.5, '%', '=', '一\n\n般公共预算收入增长8.5%'],
    ['target', 5.4, '%', '~', '城镇调查失业率5.4%左右'],
    ['target', 32, '个', '>=', '确保引进亿元以上的项目32个以上'],
    ['target', 3, '名', '<=', '确保营商环境评价进入全省前三'],
    ['actual', 4321, '人', '=', '城镇新增就业4321人'],
    ['actual', 700, '亩', '>=', '完成土地复垦700余亩'],
  ] as const)('finds the %s %d%s (%s) over its raw span', (kind, value, unit, cmp, span) => {
    const s = find(kind, value, unit);
    expect(s.comparator).toBe(cmp);
    expect(raw.slice(s.start, s.end)).toContain(span);
    expect(s.span).toBe(raw.slice(s.start, s.end));
  });

  it('keeps raw offsets across a repaired line break', () => {
    const s = find('target', 24, '%');
    expect(raw.slice(s.start, s.end)).toMatch(/^研发经费投入增长\n\n24%$/);
    expect(s.indicator).toBe('研发经费投入增长');
  });

  it('attaches the share of the annual plan to the figure it belongs to', () => {
    expect(find('actual', 131.5, '亿元').ratio_to_plan).toBe(126);
    expect(find('actual', 4321, '人').ratio_to_plan).toBe(199.6);
    expect(result.actuals.some((s) => s.value === 126 && s.unit === '%')).toBe(false);
  });

  it('reads modality and target type', () => {
    const foreign = target(21, '家');
    expect(foreign.modality).toBe('binding');
    expect(foreign.type).toBe('count');
    expect(target(27, '家').modality).toBe('aspirational');
    expect(target(7.5, '%').type).toBe('growth');
    expect(target(3, '名').type).toBe('rank');
  });

  it('names the subject a later clause refers back to', () => {
    expect(find('target', 100, '亿元').indicator).toBe('市现代物流开发区营收');
    expect(find('target', 50, '亿元').indicator).toBe('姬家山园区产值');
  });

  it('gives two items for two indicators sharing one value', () => {
    const both = result.targets.filter((s) => s.value === 100 && s.unit === '%');
    expect(both.map((s) => s.indicator)).toEqual(['集中饮用水源地水质达标率', '重点建设用地安全利用率']);
  });

  it('reports no dates, ordinals, grades or quoted names', () => {
    const units = [...result.targets, ...result.actuals].map((s) => `${s.value}${s.unit}`);
    for (const bad of ['2023年', '3批', '5级', '9期', '3年']) expect(units).not.toContain(bad);
    // 32 actuals and the optional count 78个 that describes the subject of 完成投资131.5亿元.
    expect(result.actuals.length).toBe(33);
    expect(result.actuals.filter((s) => s.optional).map((s) => s.value)).toEqual([78]);
    // 41 targets and the optional 两家 of 力争两家国有企业资产规模达到80亿元.
    expect(result.targets.filter((s) => !s.optional).length).toBe(41);
    expect(result.targets.filter((s) => s.optional).map((s) => s.value)).toEqual([2]);
  });
});
