// GET/PUT /api/plans/:id/reporting (the plan's rule, with its version) and PUT …/reporting/targets/:targetId
// (a target's own rule, or null to drop it), admin only for writes (DOMAIN.md §1.3 reporting calendar).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reporting, ReportingRule } from '../../../shared/api/supervision';
import { api } from '../../api/client';

export function useReporting(planId: number | null) {
  return useQuery({
    queryKey: ['reporting', planId],
    queryFn: () => api<Reporting>(`/api/plans/${planId}/reporting`),
    enabled: planId !== null,
  });
}

/** A new rule changes every due date: the calendar is stale afterwards. */
function useSaved() {
  const queryClient = useQueryClient();
  return (saved: Reporting, planId: number) => {
    queryClient.setQueryData(['reporting', planId], saved);
    return queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
}

export function usePutPlanRule() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ planId, rule, version }: { planId: number; rule: ReportingRule; version: number }) =>
      api<Reporting>(`/api/plans/${planId}/reporting`, { method: 'PUT', body: { rule, version } }),
    onSuccess: (r, v) => saved(r, v.planId),
  });
}

export function usePutTargetRule() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({
      planId,
      targetId,
      rule,
    }: {
      planId: number;
      targetId: number;
      rule: ReportingRule | null;
    }) =>
      api<Reporting>(`/api/plans/${planId}/reporting/targets/${targetId}`, { method: 'PUT', body: { rule } }),
    onSuccess: (r, v) => saved(r, v.planId),
  });
}
