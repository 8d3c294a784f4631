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
import {
  createDepartment,
  getDepartment,
  listDepartments,
  listRegions,
  patchDepartment,
} from '../../storage/repos';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentDepartment, workload } from './service';

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
      const regionId = req.body.regionId ?? (await listRegions(db)).find((r) => r.level !== 'city')?.id;
      if (!regionId)
        throw new AppError('REFERENCED_RECORD_MISSING', { zh: '请先指定地区。', en: 'Give a region first.' });
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
