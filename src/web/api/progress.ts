// Progress reports (draft → submitted → approved | returned), used by the department workspace, the target
// page and the review queue: GET /api/progress, POST /api/targets/:id/progress, PATCH /api/progress/:id,
// POST /api/progress/:id/{submit,approve,return,evidence}.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProgressCreate,
  ProgressPatch,
  ProgressReport,
  ProgressStatus,
} from '../../shared/api/progress';
import type { Verdict } from '../../shared/status';
import { api, query } from './client';

export function useProgressList(status: ProgressStatus | null, planId: number | null) {
  return useQuery({
    queryKey: ['progress', status, planId],
    queryFn: () => api<ProgressReport[]>(`/api/progress${query({ status, planId })}`),
  });
}

function useInvalidateProgress() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['progress', 'target', 'targets', 'dashboard', 'workload', 'public'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useSaveProgress() {
  const invalidate = useInvalidateProgress();
  return useMutation({
    mutationFn: (input: { targetId: number; id?: number; body: ProgressCreate; version?: number }) => {
      if (input.id !== undefined && input.version !== undefined) {
        const patch: ProgressPatch = { ...input.body, version: input.version };
        return api<ProgressReport>(`/api/progress/${input.id}`, { method: 'PATCH', body: patch });
      }
      return api<ProgressReport>(`/api/targets/${input.targetId}/progress`, {
        method: 'POST',
        body: input.body,
      });
    },
    onSuccess: invalidate,
  });
}

export function useUploadEvidence() {
  return useMutation({
    mutationFn: ({ id, file }: { id: number; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<unknown>(`/api/progress/${id}/evidence`, { method: 'POST', form });
    },
  });
}

type Action = 'submit' | 'approve' | 'return';

interface ActionInput {
  id: number;
  version?: number;
  /** Return only: why. */
  reason?: string;
  /** Approve only: the reviewer's verdict on a qualitative target (DOMAIN.md §3.2). */
  verdict?: Verdict;
}

export function useProgressAction(action: Action) {
  const invalidate = useInvalidateProgress();
  return useMutation({
    mutationFn: ({ id, version, reason, verdict }: ActionInput) =>
      api<ProgressReport>(`/api/progress/${id}/${action}`, {
        method: 'POST',
        body: action === 'return' ? { reason, version } : verdict ? { version, verdict } : { version },
      }),
    onSuccess: invalidate,
  });
}
