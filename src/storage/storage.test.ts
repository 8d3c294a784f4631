import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/db';
import { AppError } from '../shared/api/errors';
import type { Database } from './db';
import { migrate } from './migrate';
import {
  createDepartment,
  ensureRegion,
  getTarget,
  insertPlan,
  listAudit,
  type PlanInput,
  patchTarget,
} from './repos';
import { auditEvents, departments } from './schema';
import { write } from './write';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const system = { userId: null };

function planInput(regionId: number, over: Partial<PlanInput> = {}): PlanInput {
  const text = '一、今年目标\n地区生产总值增长7%左右。';
  return {
    regionId,
    year: 2024,
    reviewYear: 2023,
    title: '测试区政府工作报告',
    sourceName: 't.txt',
    sourceText: text,
    sourceHash: 'a'.repeat(64),
    mainTargets: null,
    warnings: [],
    sections: [
      { level: 'part', ordinal: '一', title: '今年目标', role: 'targets', start: 0, end: text.length },
    ],
    tasks: [],
    targets: [
      {
        kind: 'target',
        indicator: '地区生产总值',
        comparator: '~',
        value: 7,
        unit: '%',
        type: 'growth',
        modality: 'plain',
        span: '地区生产总值增长7%左右',
        start: 7,
        end: 20,
      },
    ],
    actuals: [],
    ...over,
  };
}

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe('storage', () => {
  it('applies no migration twice', async () => {
    expect(await migrate(database)).toEqual([]);
  });

  it('stores a plan in one transaction and audits it', async () => {
    const plan = await write(database.db, system, async (tx, audit) => {
      const region = await ensureRegion(tx, audit, { name: '测试区', level: 'district' });
      return insertPlan(tx, audit, planInput(region.id));
    });
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entity, 'plan'));
    expect(events.map((e) => e.entityId)).toContain(plan.id);
  });

  it('rejects a duplicate import with DUPLICATE_IMPORT and writes nothing', async () => {
    const before = (await database.db.select().from(auditEvents)).length;
    await expectCode(
      write(database.db, system, async (tx, audit) => {
        const region = await ensureRegion(tx, audit, { name: '测试区', level: 'district' });
        return insertPlan(tx, audit, planInput(region.id));
      }),
      'DUPLICATE_IMPORT',
    );
    expect((await database.db.select().from(auditEvents)).length).toBe(before);
  });

  it('keeps the extracted original on the first edit and refuses a stale version', async () => {
    const [row] = await database.db.select().from((await import('./schema')).targets);
    await write(database.db, system, (tx, audit) => patchTarget(tx, audit, row!.id, { value: 7.5 }, 0));
    const { target } = await getTarget(database.db, row!.id);
    expect(target.value).toBe(7.5);
    expect(target.original).toMatchObject({ value: 7, indicator: '地区生产总值' });
    expect(target.start).toBe(7);
    await expectCode(
      write(database.db, system, (tx, audit) => patchTarget(tx, audit, row!.id, { value: 8 }, 0)),
      'VERSION_CONFLICT',
    );
    const trail = await listAudit(database.db, 'target', row!.id);
    expect(trail).toHaveLength(1);
  });

  it('rolls back every statement of a failed write', async () => {
    const [region] = await database.db.select().from((await import('./schema')).regions);
    await expect(
      write(database.db, system, async (tx, audit) => {
        await createDepartment(tx, audit, {
          regionId: region!.id,
          name: '财政局',
          aliases: [],
          kind: 'department',
        });
        await createDepartment(tx, audit, {
          regionId: region!.id,
          name: '财政局',
          aliases: [],
          kind: 'department',
        });
      }),
    ).rejects.toMatchObject({});
    expect(await database.db.select().from(departments).where(eq(departments.name, '财政局'))).toEqual([]);
  });
});
