import { describe, expect, it } from 'vitest';
import { brief, items, PLAN, REVIEW } from '../../../test/helpers/statements';
import { extractStatements } from './index';

describe('a bound inside the class a member is picked from', () => {
  it.each([
    ['an ordinal class with 的', '港区成为全省第3个货运量超5000万吨的港口。', REVIEW],
    ['首个 with 突破', '该县成为全市首个农业产值突破百亿元的县。', REVIEW],
    ['一批 with 过 and no 的', '扶持一批年产值过十亿元食品加工企业。', PLAN],
    ['一批 with 以上', '建设一批30万千瓦以上抽水蓄能电站。', PLAN],
  ])('gives no item for %s', (_n, body, part) => {
    expect(items(body, part)).toEqual([]);
  });

  it.each([
    ['a count of the class stays the item', '扶持一批年产值超十亿元的企业8家。', ['target', '=', 8, '家']],
    ['a figure after the class noun stays', '建设一个园区，产值超过50亿元。', ['target', '>=', 50, '亿元']],
    ['通过 is no bound', '培育一批通过100项认证企业。', ['target', '=', 100, '项']],
  ])('keeps the figure when %s', (_n, body, want) => {
    expect(items(body).map(brief)).toEqual([want]);
  });
});

describe('a bound amount defining who a measure is done to is no item (gold/README.md: thresholds)', () => {
  const plan = (body: string) => extractStatements(`二、2026年工作安排\n${body}`).targets;
  it('对营收5000万元以上的企业给予奖励: no item', () => {
    expect(plan('对年营收5000万元以上且纳税增长的企业给予奖励。')).toEqual([]);
  });
  it('not: an amount given to them is an item', () => {
    expect(plan('为困难家庭发放救助金3000万元以上。').map((s) => [s.comparator, s.value, s.unit])).toEqual([
      ['>=', 3000, '万元'],
    ]);
  });
});
