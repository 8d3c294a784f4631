// Public, no sign-in: GET /api/public/plans and GET /api/public/plans/:id (published items, approved
// progress only; DOMAIN.md §5).
import { useQuery } from '@tanstack/react-query';
import type { PublicPlan } from '../../../shared/api/public';
import { api } from '../../api/client';

export type PublicPlanSummary = Omit<PublicPlan, 'items'>;

export function usePublicPlans() {
  return useQuery({
    queryKey: ['public', 'plans'],
    queryFn: () => api<PublicPlanSummary[]>('/api/public/plans'),
  });
}

export function usePublicPlan(id: number | null) {
  return useQuery({
    queryKey: ['public', 'plan', id],
    queryFn: () => api<PublicPlan>(`/api/public/plans/${id}`),
    enabled: id !== null,
  });
}
