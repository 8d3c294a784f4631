// GET /api/plans/:id/dashboard?asOf=
import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../shared/api/dashboard';
import { api, query } from '../../api/client';

export function useDashboard(planId: number | null, asOf: string | null) {
  return useQuery({
    queryKey: ['dashboard', planId, asOf],
    queryFn: () => api<Dashboard>(`/api/plans/${planId}/dashboard${query({ asOf })}`),
    enabled: planId !== null,
  });
}
