// GET /api/plans/:id/source → the report text, the highlights of extracted statements and text warnings.
import { useQuery } from '@tanstack/react-query';
import type { PlanSource } from '../../../shared/api/plans';
import { api } from '../../api/client';

export function usePlanSource(planId: number | null) {
  return useQuery({
    queryKey: ['plan-source', planId],
    queryFn: () => api<PlanSource>(`/api/plans/${planId}/source`),
    enabled: planId !== null,
    staleTime: 5 * 60_000,
  });
}
