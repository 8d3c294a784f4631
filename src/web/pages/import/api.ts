// Import and review of a draft plan: POST /api/imports (multipart), PATCH/DELETE /api/targets/:id,
// POST /api/plans/:id/targets (add a missed statement), POST /api/plans/:id/confirm.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResult } from '../../../shared/api/imports';
import type { Target, TargetCreate, TargetPatch } from '../../../shared/api/targets';
import { api } from '../../api/client';

export function useUploadReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<ImportResult>('/api/imports', { method: 'POST', form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}

function useInvalidatePlan() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['targets', 'target', 'plan-source', 'plan', 'plans', 'dashboard'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function usePatchTarget() {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TargetPatch }) =>
      api<Target>(`/api/targets/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTarget() {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: (id: number) => api<unknown>(`/api/targets/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useCreateTarget(planId: number) {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: (body: TargetCreate) => api<Target>(`/api/plans/${planId}/targets`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useConfirmPlan() {
  const invalidate = useInvalidatePlan();
  return useMutation({
    mutationFn: (planId: number) =>
      api<unknown>(`/api/plans/${planId}/confirm`, { method: 'POST', body: {} }),
    onSuccess: invalidate,
  });
}
