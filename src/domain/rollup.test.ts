import { describe, expect, it } from 'vitest';
import type { Colour, StatusId } from '../shared/status';
import type { RollupItem } from './rollup';
import { rankGroupsByProgress, rollupBy, rollupPlan, statusCountsSentence, tally } from './rollup';

const item = (status: StatusId, extra: Partial<RollupItem> = {}): RollupItem => {
  const colour: Colour = status === 'behind' ? 'red' : status === 'no_data' ? 'grey' : 'green';
  return { status, colour, ...extra };
};
const many = (status: StatusId, n: number, extra: Partial<RollupItem> = {}) =>
  Array.from({ length: n }, () => item(status, extra));

describe('tally (DOMAIN.md §1.4 counts by status)', () => {
  const items = [
    ...many('completed', 2),
    ...many('on_track', 1),
    ...many('behind', 1),
    ...many('no_data', 1),
  ];

  it('counts items by status', () => {
    expect(tally(items).byStatus).toMatchObject({
      completed: 2,
      on_track: 1,
      behind: 1,
      no_data: 1,
      ahead: 0,
    });
  });

  it('counts items by colour', () => {
    expect(tally(items).byColour).toMatchObject({ green: 3, red: 1, grey: 1 });
  });

  it('leaves 无数据 out of the rates', () => {
    expect([tally(items).completionRate, tally(items).onTrackRate]).toEqual([50, 75]);
  });

  it('has no rates when nothing is judged', () => {
    expect(tally(many('no_data', 2)).onTrackRate).toBeNull();
  });

  it.each([
    [
      'completed before the deadline is on time',
      item('completed', { deadline: '2024-06-30', completedOn: '2024-06-01' }),
      1,
    ],
    [
      'completed after the deadline is late',
      item('completed', { deadline: '2024-06-30', completedOn: '2024-07-10' }),
      0,
    ],
    ['still behind at the deadline is late', item('behind', { deadline: '2024-06-30' }), 0],
  ])('%s', (_name, it1, onTime) => {
    const t = tally([it1], '2024-07-31');
    expect([t.due, t.onTime]).toEqual([1, onTime]);
  });

  it('counts the 双过半 check among the items that were checked', () => {
    const t = tally([
      item('on_track', { doubleHalf: true }),
      item('behind', { doubleHalf: false }),
      item('on_track'),
    ]);
    expect(t.doubleHalf).toEqual({ checked: 2, met: 1 });
  });

  it('does not count a deadline after asOf as due', () => {
    expect(tally([item('behind', { deadline: '2024-12-31' })], '2024-07-31').due).toBe(0);
  });
});

describe('rollupBy and rollupPlan', () => {
  const items = [
    item('completed', { area: '产业发展', lead: '发展和改革局' }),
    item('behind', { area: '产业发展', lead: '商务局' }),
    item('on_track', { area: '民生保障', lead: '发展和改革局' }),
    item('on_track', {}),
  ];

  it('groups by area in first-seen order, with the unassigned last', () => {
    expect(rollupBy(items, 'area').map((g) => [g.key, g.tally.total])).toEqual([
      ['产业发展', 2],
      ['民生保障', 1],
      ['未分类', 1],
    ]);
  });

  it('groups by lead department', () => {
    const dept = rollupPlan(items).byDepartment.find((g) => g.key === '发展和改革局');
    expect(dept?.tally.onTrackRate).toBe(100);
  });

  it('tallies the whole plan', () => {
    expect(rollupPlan(items).plan.total).toBe(4);
  });
});

describe('rankGroupsByProgress', () => {
  const groups = rollupBy(
    [
      ...many('on_track', 3, { lead: '财政局' }),
      item('behind', { lead: '财政局' }),
      item('on_track', { lead: '商务局' }),
      item('behind', { lead: '商务局' }),
      ...many('completed', 2, { lead: '教育局', deadline: '2024-03-31' }),
      ...many('on_track', 2, { lead: '民政局', deadline: '2024-03-31' }),
      ...many('no_data', 1, { lead: '信访局' }),
    ],
    'lead',
    '2024-06-30',
  );

  it('ranks by on-track rate, then on-time rate; nothing judged ranks last', () => {
    expect(rankGroupsByProgress(groups).map((g) => [g.key, g.rank])).toEqual([
      ['教育局', 1],
      ['民政局', 2],
      ['财政局', 3],
      ['商务局', 4],
      ['信访局', 5],
    ]);
  });

  it('gives equal rates the same place', () => {
    const twins = rollupBy([item('on_track', { lead: '甲局' }), item('on_track', { lead: '乙局' })], 'lead');
    expect(rankGroupsByProgress(twins).map((g) => g.rank)).toEqual([1, 1]);
  });
});

describe('statusCountsSentence (§1.4 通报 count line)', () => {
  it('writes the counts in 通报 order with the lagging share', () => {
    const t = tally([
      ...many('completed', 24),
      ...many('ahead', 10),
      ...many('on_track', 162),
      ...many('behind', 17),
    ]);
    expect(statusCountsSentence(t).zh).toBe(
      '共213项,其中已完成24项、超进度10项、达进度162项、欠进度17项(8%)',
    );
  });

  it('handles an empty plan', () => {
    expect(statusCountsSentence(tally([])).zh).toBe('共0项');
  });
});
