// POST /api/departments and PATCH /api/departments/:id (admin); the list is useDepartments().
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Department, DepartmentCreate, DepartmentPatch } from '../../../../shared/api/departments';
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
