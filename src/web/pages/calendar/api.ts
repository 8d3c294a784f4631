// GET /api/plans/:id/calendar?today= → every (target, period) due, its state on that day, and per-department
// counts (DOMAIN.md §1.3 reporting calendar).
import { useQuery } from '@tanstack/react-query';
import type { Calendar } from '../../../shared/api/supervision';
import { api, query } from '../../api/client';

export type { Calendar };
export type CalendarEntry = Calendar['entries'][number];
export type EntryState = CalendarEntry['state'];

export function useCalendar(planId: number | null, today: string | null) {
  return useQuery({
    queryKey: ['calendar', planId, today],
    queryFn: () => api<Calendar>(`/api/plans/${planId}/calendar${query({ today })}`),
    enabled: planId !== null,
  });
}

/** The .ics download: a department's file (the server gives a reporter its own anyway), else the plan's. */
export function calendarIcsUrl(planId: number, departmentId: number | null, lang: 'zh' | 'en'): string {
  return `/api/plans/${planId}/calendar.ics${query({ department: departmentId, lang })}`;
}
