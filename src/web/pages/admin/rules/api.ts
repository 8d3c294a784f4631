// GET /api/regions, GET/PUT /api/regions/:id/rules (the rule set is src/shared/rules.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Region } from '../../../../shared/api/users';
import type { RuleSet } from '../../../../shared/rules';
import { api } from '../../../api/client';

export interface RegionRules {
  regionId: number;
  rules: RuleSet;
  version: number;
}

export function useRegions() {
  return useQuery({ queryKey: ['regions'], queryFn: () => api<Region[]>('/api/regions') });
}

export function useRegionRules(regionId: number | null) {
  return useQuery({
    queryKey: ['rules', regionId],
    queryFn: () => api<RegionRules>(`/api/regions/${regionId}/rules`),
    enabled: regionId !== null,
  });
}

/** A new rule set re-judges every target: lists, dashboards and details are stale afterwards. */
export function usePutRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, rules, version }: { regionId: number; rules: RuleSet; version: number }) =>
      api<RegionRules>(`/api/regions/${regionId}/rules`, { method: 'PUT', body: { rules, version } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['rules', saved.regionId], saved);
      return Promise.all(
        ['targets', 'target', 'dashboard', 'workload', 'public'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
    },
  });
}
