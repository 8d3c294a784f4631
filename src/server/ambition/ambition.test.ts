// GET /api/plans/:id/ambition on a county report of our own: a range target, a fall last year, and two targets
// written on one span (分别…), through app.inject() (PGlite, and PostgreSQL in the second pass).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { TargetListItem } from '../../shared/api/targets';
import { importReport } from '../imports/pipeline';

const report = [
  '北岭县人民政府工作报告',
  '一、2025年工作回顾',
  '过去一年，全县固定资产投资下降1.8%，城镇和农村居民人均可支配收入分别增长5.2%、7.1%。',
  '二、2026年主要目标',
  '2026年全县经济社会发展的主要预期目标是：固定资产投资增长4%—5%；城镇和农村居民人均可支配收入分别增长5.5%、7%。',
  '',
].join('\n');

interface Match {
  targetId: number;
  flagged: boolean;
  messageZh: string;
}

let t: TestApp;
let admin: Client;
let planId: number;
let matches: Match[];
let targets: TargetListItem[];

beforeAll(async () => {
  t = await startTestApp();
  admin = await signIn(t, { role: 'admin' });
  const imported = await importReport(
    t.database.db,
    { userId: null },
    { bytes: Buffer.from(report), fileName: '北岭县.txt', year: 2026 },
  );
  planId = imported.draftPlanId;
  matches = ((await admin.get(`/api/plans/${planId}/ambition`)).json() as { matches: Match[] }).matches;
  targets = (await admin.get(`/api/plans/${planId}/targets`)).json() as TargetListItem[];
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const target = (indicator: string, value: number) =>
  targets.find((x) => x.indicator === indicator && x.value === value);

describe('ambition check on a county report', () => {
  it('compares a growth target with last year’s fall as a negative rate (下降1.8% is -1.8)', () => {
    const floor = target('固定资产投资增长', 4);
    const m = matches.find((x) => x.targetId === floor?.id);
    expect(m).toMatchObject({ flagged: false });
    expect(m?.messageZh).toBe('目标4%高于上年固定资产投资下降1.8%,相差5.8个百分点');
  });

  it('checks a range by its floor only: its top (5%) is no ceiling to stay under', () => {
    const top = target('固定资产投资增长', 5);
    expect(top).toBeDefined();
    expect(matches.filter((x) => x.flagged).map((x) => x.targetId)).not.toContain(top?.id);
    expect(matches.filter((x) => x.targetId === target('固定资产投资增长', 4)?.id)).toHaveLength(1);
  });

  it('puts each of two targets on one span (分别…) on its own row', () => {
    const town = target('城镇居民人均可支配收入增长', 5.5);
    const rural = target('农村居民人均可支配收入增长', 7);
    expect(matches.find((x) => x.targetId === town?.id)).toMatchObject({ flagged: false });
    expect(matches.find((x) => x.targetId === rural?.id)).toMatchObject({ flagged: true });
    expect(matches.find((x) => x.targetId === rural?.id)?.messageZh).toContain(
      '农村居民人均可支配收入增长7.1%',
    );
  });
});
