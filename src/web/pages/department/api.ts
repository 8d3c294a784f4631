// GET /api/departments/:id/workload?planId= → my targets, what is due, drafts and returned reports.
import { useQuery } from '@tanstack/react-query';
import type { Workload } from '../../../shared/api/departments';
import { api, query } from '../../api/client';

export function useWorkload(departmentId: number | null, planId: number | null) {
  return useQuery({
    queryKey: ['workload', departmentId, planId],
    queryFn: () => api<Workload>(`/api/departments/${departmentId}/workload${query({ planId })}`),
    enabled: departmentId !== null,
  });
}
