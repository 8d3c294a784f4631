// POST /api/departments and PATCH /api/departments/:id (admin); the list is useDepartments(); the e-mail
// addresses of a department's reminders.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Department, DepartmentCreate, DepartmentPatch } from '../../../../shared/api/departments';
import type { DepartmentEmails } from '../../../../shared/api/supervision';
import { api } from '../../../api/client';

export function useSaveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: DepartmentCreate | DepartmentPatch }) =>
      id === undefined
        ? api<Department>('/api/departments', { method: 'POST', body })
        : api<Department>(`/api/departments/${id}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}

/** GET/PUT /api/departments/:id/emails (admin): the addresses that receive the department's reminders. */
export function useDepartmentEmails(id: number | null) {
  return useQuery({
    queryKey: ['department-emails', id],
    queryFn: () => api<DepartmentEmails>(`/api/departments/${id}/emails`),
    enabled: id !== null,
  });
}

export function usePutDepartmentEmails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, emails }: { id: number; emails: string[] }) =>
      api<DepartmentEmails>(`/api/departments/${id}/emails`, { method: 'PUT', body: { emails } }),
    onSuccess: (saved, v) => queryClient.setQueryData(['department-emails', v.id], saved),
  });
}
