// /api/departments: the unit dictionary (DOMAIN.md §2) and a department's workload.
import { z } from 'zod';
import { idParamsSchema } from '../../shared/api/common';
import {
  departmentCreateSchema,
  departmentPatchSchema,
  departmentSchema,
  workloadQuerySchema,
  workloadSchema,
} from '../../shared/api/departments';
import { AppError } from '../../shared/api/errors';
import type { Queryable } from '../../storage/db';
import {
  createDepartment,
  getDepartment,
  listDepartments,
  listPlans,
  listRegions,
  patchDepartment,
} from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentDepartment, workload } from './service';

/**
 * The region a department is created in when the request names none: the region of the plans when they are
 * all of one region (the usual install: one government), else the only region that is no parent city. With
 * plans of several regions a guess would file the unit under the wrong government, so the caller must say.
 */
async function defaultRegionId(db: Queryable): Promise<number> {
  const ofPlans = [...new Set((await listPlans(db)).map((p) => p.regionId))];
  if (ofPlans.length === 1) return ofPlans[0]!;
  const local = (await listRegions(db)).filter((r) => r.level !== 'city');
  if (ofPlans.length === 0 && local.length === 1) return local[0]!.id;
  throw new AppError(
    'VALIDATION_FAILED',
    ofPlans.length > 1
      ? {
          zh: '计划分属多个地区,请指定部门所属地区(regionId)。',
          en: "Plans belong to several regions: give the department's regionId.",
        }
      : {
          zh: '请先导入报告或指定部门所属地区(regionId)。',
          en: "Import a report or give the department's regionId first.",
        },
    { 'body.regionId': 'required' },
  );
}

export function departmentRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/departments',
    { schema: { tags: ['departments'], response: { 200: z.array(departmentSchema) } } },
    async (req) => {
      requireUser(req);
      return (await listDepartments(db)).map(presentDepartment);
    },
  );

  app.post(
    '/api/departments',
    { schema: { tags: ['departments'], body: departmentCreateSchema, response: { 201: departmentSchema } } },
    async (req, reply) => {
      const user = requireRole(req, 'admin');
      const regionId = req.body.regionId ?? (await defaultRegionId(db));
      const row = await write(db, { userId: user.id }, (tx, audit) =>
        createDepartment(tx, audit, {
          regionId,
          name: req.body.name,
          aliases: req.body.aliases,
          kind: req.body.kind,
        }),
      );
      return reply.status(201).send(presentDepartment(row));
    },
  );

  app.patch(
    '/api/departments/:id',
    {
      schema: {
        tags: ['departments'],
        params: idParamsSchema,
        body: departmentPatchSchema,
        response: { 200: departmentSchema },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      const { version, ...patch } = req.body;
      const row = await write(db, { userId: user.id }, (tx, audit) =>
        patchDepartment(tx, audit, req.params.id, patch, version),
      );
      return presentDepartment(row);
    },
  );

  app.get(
    '/api/departments/:id/workload',
    {
      schema: {
        tags: ['departments'],
        params: idParamsSchema,
        querystring: workloadQuerySchema,
        response: { 200: workloadSchema },
      },
    },
    async (req) => {
      requireUser(req);
      return workload(db, await getDepartment(db, req.params.id), req.query.planId);
    },
  );
}
