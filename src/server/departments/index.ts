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
  listEvidence,
  listProgress,
  listRegions,
  patchDepartment,
} from '../../storage/repos';
import type { DepartmentRow } from '../../storage/schema';
import { write } from '../../storage/write';
import { requireRole, requireUser } from '../auth/session';
import type { App, Ctx } from '../context';
import { presentProgress } from '../presenters/progress';
import { loadTargets } from '../targets/load';

const present = (d: DepartmentRow) => ({
  id: d.id,
  name: d.name,
  aliases: d.aliases,
  kind: d.kind,
  regionId: d.regionId,
  version: d.version,
});

export function departmentRoutes(app: App, ctx: Ctx): void {
  const { db } = ctx.database;

  app.get(
    '/api/departments',
    { schema: { tags: ['departments'], response: { 200: z.array(departmentSchema) } } },
    async (req) => {
      requireUser(req);
      return (await listDepartments(db)).map(present);
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
      return reply.status(201).send(present(row));
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
      return present(row);
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
      const dept = await getDepartment(db, req.params.id);
      const judged = await loadTargets(db, {
        leadDepartmentId: dept.id,
        ...(req.query.planId ? { planIds: [req.query.planId] } : {}),
      });
      const targets = judged.map((j) => j.target);
      const reports = await listProgress(db, { targetIds: targets.map((t) => t.id) });
      const evidence = await listEvidence(
        db,
        reports.map((r) => r.id),
      );
      const due = targets.flatMap((t) => [
        ...(t.assignment?.milestones ?? []).map((m) => ({ targetId: t.id, date: m.date, label: m.label })),
        ...(t.assignment?.deadline
          ? [{ targetId: t.id, date: t.assignment.deadline, label: t.assignment.deadlineText || '完成时限' }]
          : []),
      ]);
      return {
        department: present(dept),
        targets,
        due: due.sort((a, b) => a.date.localeCompare(b.date)),
        drafts: reports.filter((r) => r.status === 'draft').map((r) => presentProgress(r, evidence)),
        returned: reports.filter((r) => r.status === 'returned').map((r) => presentProgress(r, evidence)),
      };
    },
  );
}
