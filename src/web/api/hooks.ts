// Query hooks used by more than one page: the plan list and the department list. Page-specific hooks sit
// next to their page (STYLE.md habit 11); every parameter is part of the query key.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { Department } from '../../shared/api/departments';
import type { PlanDetail, PlanSummary } from '../../shared/api/plans';
import { api } from './client';

export const plansQuery = queryOptions({
  queryKey: ['plans'],
  queryFn: () => api<PlanSummary[]>('/api/plans'),
});

export function usePlans() {
  return useQuery(plansQuery);
}

/**
 * The unit dictionary; given a region, only that region's units (an install may hold plans of several
 * governments, and a county's target is assigned to the county's own bureaus).
 */
export function useDepartments(regionId?: number | null) {
  return useQuery({
    queryKey: ['departments'],
    queryFn: () => api<Department[]>('/api/departments'),
    staleTime: 5 * 60_000,
    select: regionId ? (all: Department[]) => all.filter((d) => d.regionId === regionId) : undefined,
  });
}

const lastPlanKey = 'duban.plan';

export function rememberPlan(id: number): void {
  try {
    localStorage.setItem(lastPlanKey, String(id));
  } catch {
    // storage unavailable: the URL still carries the plan
  }
}

/** The plan to open when the URL names none: the last one seen, else the newest tracked one. */
export function defaultPlanId(plans: PlanSummary[]): number | null {
  let remembered: number | null = null;
  try {
    remembered = Number(localStorage.getItem(lastPlanKey)) || null;
  } catch {
    remembered = null;
  }
  if (remembered && plans.some((p) => p.id === remembered)) return remembered;
  const tracked = plans.filter((p) => p.status !== 'draft').sort((a, b) => b.year - a.year || b.id - a.id);
  return tracked[0]?.id ?? plans[0]?.id ?? null;
}

/** The plan id in the URL (`/plans/:planId/...`), or null. */
export function useRoutePlanId(): number | null {
  const { planId } = useParams();
  const id = Number(planId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function usePlan(planId: number | null) {
  return useQuery({
    queryKey: ['plan', planId],
    queryFn: () => api<PlanDetail>(`/api/plans/${planId}`),
    enabled: planId !== null,
  });
}
