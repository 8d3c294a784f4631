// Targets list and assignment writes: GET /api/plans/:id/targets, PUT /api/targets/:id/assignment,
// POST /api/assignments/bulk.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignmentBulk, AssignmentPut, Target, TargetListItem } from '../../../shared/api/targets';
import { api, query } from '../../api/client';

export interface TargetFilters {
  area?: number;
  department?: number;
  status?: string;
  type?: string;
  modality?: string;
  q?: string;
}

export function useTargets(planId: number | null, filters: TargetFilters) {
  const { area, department, status, type, modality, q } = filters;
  return useQuery({
    queryKey: ['targets', planId, area, department, status, type, modality, q],
    queryFn: () =>
      api<TargetListItem[]>(
        `/api/plans/${planId}/targets${query({ area, department, status, type, modality, q })}`,
      ),
    enabled: planId !== null,
    placeholderData: (previous) => previous,
  });
}

/** After an assignment changes, every list, dashboard and workload that shows it is stale. */
function useInvalidateTargets() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['targets', 'target', 'dashboard', 'workload'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function usePutAssignment() {
  const invalidate = useInvalidateTargets();
  return useMutation({
    mutationFn: ({ targetId, body }: { targetId: number; body: AssignmentPut }) =>
      api<Target>(`/api/targets/${targetId}/assignment`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

export function useBulkAssign() {
  const invalidate = useInvalidateTargets();
  return useMutation({
    mutationFn: (body: AssignmentBulk) => api<unknown>('/api/assignments/bulk', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
