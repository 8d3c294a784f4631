import { describe, expect, it } from 'vitest';
import type { Stage } from '../../shared/status';
import type { Progress, Target } from '../target';
import { judgeTarget } from './index';

const award: Target = {
  type: 'milestone',
  comparator: '=',
  value: 1,
  unit: '个',
  milestones: [
    { date: '2024-04-30', stage: 'declared', label: '完成申报' },
    { date: '2024-09-30', stage: 'reviewed', label: '通过评审' },
  ],
};
const at = (month: number, stage: Stage, evidence?: string): Progress => ({
  period: { year: 2024, kind: 'month', index: month },
  stage,
  ...(evidence ? { evidence } : {}),
});

describe('milestones by stage: 申报 → 评审/公示 → 获批/命名 (DOMAIN.md §3.2)', () => {
  it.each([
    ['not applied before the first 节点: grey', at(3, 'none'), 'not_started', 'grey'],
    ['not applied after the 申报 节点: red', at(5, 'none'), 'not_started', 'red'],
    ['applied by the 申报 节点', at(5, 'declared'), 'on_track', 'green'],
    ['under review before the review 节点 is ahead', at(5, 'reviewed'), 'ahead', 'green'],
    ['only applied after the review 节点: yellow', at(10, 'declared'), 'behind', 'yellow'],
    ['approved with evidence is completed', at(10, 'approved', '省政府办公厅公示名单'), 'completed', 'blue'],
    ['approved without evidence is not yet completed', at(10, 'approved'), 'on_track', 'green'],
    ['still under review at year end: red', at(12, 'reviewed'), 'behind', 'red'],
  ] as const)('%s', (_name, p, status, colour) => {
    const j = judgeTarget(award, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('names the stage and what the 节点 requires', () => {
    expect(judgeTarget(award, at(10, 'declared')).sentence.zh).toBe('处于已申报阶段,节点要求评审/公示');
  });

  it('asks for evidence when approval is claimed without it', () => {
    expect(judgeTarget(award, at(10, 'approved')).sentence.zh).toBe('已获批/命名,待补充佐证材料');
  });

  it('judges percent done against percent 节点 (完成…建设)', () => {
    const road: Target = {
      type: 'milestone',
      comparator: '=',
      value: 100,
      unit: '%',
      milestones: [{ date: '2024-06-30', percent: 50 }],
    };
    const j = judgeTarget(road, { period: { year: 2024, kind: 'half', index: 1 }, value: 35 });
    expect([j.status, j.colour, j.sentence.zh]).toEqual([
      'behind',
      'red',
      '工作量完成35%,低于节点要求15个百分点',
    ]);
  });

  it('has no data without a stage or a figure', () => {
    expect(judgeTarget(award, { period: { year: 2024, kind: 'month', index: 5 } }).status).toBe('no_data');
  });
});
