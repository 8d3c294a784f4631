// GET /api/plans/:id/dashboard?asOf=
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
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
