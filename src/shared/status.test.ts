import { describe, expect, it } from 'vitest';
import { COLOURS, STATUS, STATUS_IDS, TARGET_TYPES, VERDICTS } from './status';

describe('status labels', () => {
  it('gives every status a distinct Chinese label', () => {
    const zh = STATUS_IDS.map((id) => STATUS[id].zh);
    expect(new Set(zh).size).toBe(STATUS_IDS.length);
  });

  it.each([
    ['completed', '已完成'],
    ['ahead', '超进度'],
    ['on_track', '达进度'],
    ['behind', '欠进度'],
    ['not_started', '未启动'],
    ['no_data', '无数据'],
  ] as const)('labels %s as %s, the 通报 wording', (id, zh) => {
    expect(STATUS[id].zh).toBe(zh);
  });

  it('lists statuses in 通报 order, completed first', () => {
    const ordered = [...STATUS_IDS].sort((a, b) => STATUS[a].order - STATUS[b].order);
    expect(ordered).toEqual(STATUS_IDS);
  });

  it('gives every status a default colour that has a label', () => {
    for (const id of STATUS_IDS) expect(COLOURS[STATUS[id].colour].zh).toMatch(/灯$/);
  });

  it('labels the qualitative verdicts with the 督查 terms', () => {
    expect(Object.values(VERDICTS).map((v) => v.zh)).toEqual(['已完成', '序时推进', '滞后', '未启动']);
  });

  it('labels the growth type 增速', () => {
    expect(TARGET_TYPES.growth.zh).toBe('增速');
  });
});
