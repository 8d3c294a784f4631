import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../shared/status';
import type { Progress, Target } from '../target';
import { judgeTarget } from './index';

const reform: Target = { type: 'qualitative', comparator: '=', value: 0, unit: '', deadline: '2024-09-30' };
const at = (month: number, verdict?: Verdict): Progress => ({
  period: { year: 2024, kind: 'month', index: month },
  ...(verdict ? { verdict } : {}),
});

describe('qualitative tasks: the reviewer’s judgement (DOMAIN.md §3.2)', () => {
  it.each([
    ['已完成', at(6, 'done'), 'completed', 'blue'],
    ['序时推进', at(6, 'on_schedule'), 'on_track', 'green'],
    ['滞后 before the 完成时限: yellow', at(6, 'lagging'), 'behind', 'yellow'],
    ['滞后 after the 完成时限: red', at(10, 'lagging'), 'behind', 'red'],
    ['未启动 before any node: grey', at(6, 'not_started'), 'not_started', 'grey'],
    ['未启动 after the 完成时限: red (§3.3)', at(10, 'not_started'), 'not_started', 'red'],
    ['no verdict yet', at(6), 'no_data', 'grey'],
  ] as const)('%s', (_name, p, status, colour) => {
    const j = judgeTarget(reform, p);
    expect([j.status, j.colour]).toEqual([status, colour]);
  });

  it('writes the verdict in 督查 wording', () => {
    expect(judgeTarget(reform, at(6, 'lagging')).sentence.zh).toBe('督查认定:滞后');
  });
});
