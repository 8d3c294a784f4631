// The target list's rows against the detail (docs/api.md): the list sends exactly the list-item fields of
// src/shared/api/targets.ts, the detail keeps the whole target, and the OpenAPI document describes both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginSeededAdmin, startTestApp, type TestApp } from '../../../test/helpers/app';
import type { ProgressReport } from '../../shared/api/progress';
import { type TargetListItem, targetListItemSchema, targetSchema } from '../../shared/api/targets';
import { seedFirstStart } from '../seed';

let t: TestApp;
let admin: Client;
let planId: number;

const listFields = Object.keys(targetListItemSchema.shape).sort();

beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedFirstStart(t.database.db);
  planId = seeded.importedPlanId!;
  admin = await loginSeededAdmin(t, seeded);
});
afterAll(async () => {
  await t?.close();
});

async function list(): Promise<TargetListItem[]> {
  const res = await admin.get(`/api/plans/${planId}/targets?asOf=2024-06-30`);
  expect(res.statusCode).toBe(200);
  return res.json() as TargetListItem[];
}

/** Files, submits and approves a report, so the target has a latest value. */
async function approve(targetId: number, body: Record<string, unknown>): Promise<void> {
  const created = (
    await admin.send('POST', `/api/targets/${targetId}/progress`, { period: '2024-06', ...body })
  ).json() as ProgressReport;
  // Without a body, as curl -X POST sends it (it was 400 “expected object, received null”).
  await admin.send('POST', `/api/progress/${created.id}/submit`);
  expect((await admin.send('POST', `/api/progress/${created.id}/approve`, {})).statusCode).toBe(200);
}

describe('target list and detail', () => {
  it('sends each list row with exactly the list-item fields, and the latest report without its state', async () => {
    const before = await list();
    const growth = before.find((x) => x.type === 'growth' && x.value !== null)!;
    await approve(growth.id, { yoy: 6.1 });
    const rows = await list();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(listFields);
    const reported = rows.find((x) => x.id === growth.id)!;
    expect(reported.latest).toEqual({ period: '2024-06', value: null, yoy: 6.1 });
    expect(listFields).not.toContain('original');
    expect(listFields).not.toContain('planId');
  });

  it('keeps every field of the target in the detail, with its history and audit', async () => {
    const [row] = await list();
    const res = await admin.get(`/api/targets/${row!.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json() as Record<string, unknown>;
    for (const key of [...Object.keys(targetSchema.shape), 'history', 'audit'])
      expect(Object.keys(detail)).toContain(key);
    expect(detail).toMatchObject({ id: row!.id, planId, indicator: row!.indicator, version: row!.version });
  });

  it('describes the list row and the full detail in the OpenAPI document', async () => {
    const res = await admin.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc: unknown = res.json();
    expect(at(doc, 'openapi')).toMatch(/^3\./);
    const schemaOf = (path: string) =>
      resolve(
        doc,
        at(doc, 'paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema'),
      );
    const listSchema = schemaOf('/api/plans/{id}/targets');
    expect(at(listSchema, 'type')).toBe('array');
    const row = resolve(doc, at(listSchema, 'items'));
    expect(keysOf(at(row, 'properties')).sort()).toEqual(listFields);
    expect([...(at(row, 'required') as string[])].sort()).toEqual(listFields);
    expect(keysOf(at(schemaOf('/api/targets/{id}'), 'properties'))).toEqual(
      expect.arrayContaining(['original', 'planId', 'history', 'audit']),
    );
  });
});

/** The value at a path of keys in parsed JSON, or undefined. */
function at(node: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    node,
  );
}

function keysOf(node: unknown): string[] {
  return node && typeof node === 'object' ? Object.keys(node) : [];
}

/** The object a local `$ref` (#/a/b, JSON pointer escapes) names, or undefined. */
function lookup(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return at(
    doc,
    ...ref
      .slice(2)
      .split('/')
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~')),
  );
}

function resolve(doc: unknown, node: unknown): unknown {
  const ref = at(node, '$ref');
  return typeof ref === 'string' ? resolve(doc, lookup(doc, ref)) : node;
}

describe('a target’s history of changes', () => {
  it('lists the writes of its assignment beside its own (an assignment left no trace on the target page)', async () => {
    const target = (await list()).find((x) => x.assignment === null) ?? (await list())[0]!;
    const departments = (await admin.get('/api/departments')).json() as { id: number; name: string }[];
    const [lead, helper] = departments;
    const res = await admin.send('PUT', `/api/targets/${target.id}/assignment`, {
      leadDepartmentId: lead!.id,
      cooperatingDepartmentIds: [helper!.id],
      deadline: '2024-12-31',
      version: target.assignment?.version ?? null,
    });
    expect(res.statusCode).toBe(200);
    const detail = (await admin.get(`/api/targets/${target.id}`)).json() as {
      audit: { entity: string; action: string; after: { leadDepartmentId?: number } | null }[];
    };
    expect(detail.audit[0]).toMatchObject({ entity: 'assignment', after: { leadDepartmentId: lead!.id } });
  });
});
