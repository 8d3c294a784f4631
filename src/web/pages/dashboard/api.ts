// GET /api/plans/:id/dashboard?asOf=
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dashboard } from '../../../shared/api/dashboard';
import { api, query } from '../../api/client';

function dashboardQuery(planId: number | null, asOf: string | null) {
  return queryOptions({
    queryKey: ['dashboard', planId, asOf],
    queryFn: () => api<Dashboard>(`/api/plans/${planId}/dashboard${query({ asOf })}`),
    enabled: planId !== null,
  });
}

export function useDashboard(planId: number | null, asOf: string | null) {
  return useQuery(dashboardQuery(planId, asOf));
}

/** Asks for the dashboard of a first-loaded URL while the app is still checking the session. */
export function prefetch(client: QueryClient, location: Location): void {
  const planId = Number(/^\/plans\/(\d+)\/dashboard/.exec(location.pathname)?.[1]);
  if (!planId) return;
  void client.prefetchQuery(dashboardQuery(planId, new URLSearchParams(location.search).get('asOf')));
}

/** POST /api/plans/:id/publish: the plan and its items appear on the public page (DOMAIN.md §5). */
export function usePublishPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (planId: number) =>
      api<unknown>(`/api/plans/${planId}/publish`, { method: 'POST', body: {} }),
    onSuccess: () =>
      Promise.all(
        ['dashboard', 'plans', 'plan', 'public'].map((key) => client.invalidateQueries({ queryKey: [key] })),
      ),
  });
}
