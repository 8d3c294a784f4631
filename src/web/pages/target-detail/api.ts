// GET /api/targets/:id → the target with its progress history and audit trail.
import { useQuery } from '@tanstack/react-query';
import type { ProgressReport } from '../../../shared/api/progress';
import type { AuditEvent, Target } from '../../../shared/api/targets';
import { api } from '../../api/client';

export type TargetDetail = Target & {
  history: ProgressReport[];
  audit: AuditEvent[];
  actualLastYear?: unknown;
};

export function useTarget(id: number | null) {
  return useQuery({
    queryKey: ['target', id],
    queryFn: () => api<TargetDetail>(`/api/targets/${id}`),
    enabled: id !== null,
  });
}
