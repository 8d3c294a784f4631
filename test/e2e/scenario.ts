// The state the browser scenarios start from, made through the HTTP API as the 督查室 would: the seeded
// plan confirmed and published, one growth target assigned to a department, and a reporter of that
// department.
import type { Department } from '../../src/shared/api/departments';
import type { Target, TargetListItem } from '../../src/shared/api/targets';
import { ApiClient, type Running } from './server';

export interface Scenario {
  admin: ApiClient;
  target: Target;
  department: Department;
  reporter: { username: string; password: string };
}

/** A growth target with a number (judged on 同比, DOMAIN.md §3.2), added from the text if none was found. */
async function growthTarget(admin: ApiClient, planId: number): Promise<TargetListItem> {
  const targets = await admin.call<TargetListItem[]>('GET', `/api/plans/${planId}/targets`);
  const found = targets.find((t) => t.type === 'growth' && t.value !== null && t.unit === '%');
  if (found) return found;
  const source = await admin.call<{ text: string }>('GET', `/api/plans/${planId}/source`);
  const match = /([\u4e00-\u9fa5]{2,12})增长(\d+(?:\.\d+)?)%/.exec(source.text);
  if (!match) throw new Error('the seeded report has no growth statement to track');
  return admin.call<Target>('POST', `/api/plans/${planId}/targets`, {
    start: match.index,
    end: match.index + match[0].length,
    indicator: match[1],
    comparator: '>=',
    value: Number(match[2]),
    unit: '%',
    kind: 'target',
    type: 'growth',
  });
}

export async function prepare(server: Running): Promise<Scenario> {
  const admin = new ApiClient(server.url);
  await admin.login(server.admin.username, server.admin.password);
  const target = await growthTarget(admin, server.planId);
  await admin.call('POST', `/api/plans/${server.planId}/confirm`, {});
  const departments = await admin.call<Department[]>('GET', '/api/departments');
  const department = departments.find((d) => d.id === target.assignment?.lead?.id) ?? departments[0];
  if (!department) throw new Error('no department to assign');
  const assigned = await admin.call<Target>('PUT', `/api/targets/${target.id}/assignment`, {
    leadDepartmentId: department.id,
    cooperatingDepartmentIds: [],
    leadLeader: '常务副区长',
    deadlineText: '年底前',
    deadline: '2024-12-31',
    milestones: [],
    version: target.assignment?.version ?? null,
  });
  const all = await admin.call<TargetListItem[]>('GET', `/api/plans/${server.planId}/targets`);
  for (const t of all.slice(0, 5)) {
    await admin.call('PATCH', `/api/targets/${t.id}`, { published: true, version: t.version });
  }
  await admin.call('POST', `/api/plans/${server.planId}/publish`, {});
  const reporter = { username: 'reporter1', password: 'reporter-pass-1' };
  await admin.call('POST', '/api/users', {
    ...reporter,
    name: `${department.name}填报员`,
    role: 'reporter',
    departmentId: department.id,
  });
  return { admin, target: assigned, department, reporter };
}
