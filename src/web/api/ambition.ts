// GET /api/plans/:id/ambition (admin, leader): targets linked to last year's actual, flagged when set below it.
// A draft plan has an id too, so the import review asks the same endpoint.
import { useQuery } from '@tanstack/react-query';
import type { Ambition, AmbitionMatch } from '../../shared/api/supervision';
import { api } from './client';
import { useSession } from './session';

export function useAmbition(planId: number | null) {
  const role = useSession().data?.role;
  return useQuery({
    queryKey: ['ambition', planId],
    queryFn: () => api<Ambition>(`/api/plans/${planId}/ambition`),
    enabled: planId !== null && (role === 'admin' || role === 'leader'),
    staleTime: 5 * 60_000,
  });
}

/** The flagged matches by target id. */
export function flaggedByTarget(ambition: Ambition | undefined): Map<number, AmbitionMatch> {
  return new Map((ambition?.matches ?? []).filter((m) => m.flagged).map((m) => [m.targetId, m]));
}
