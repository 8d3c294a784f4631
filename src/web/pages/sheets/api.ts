// 督办单: GET /api/sheets?planId=&targetId=&state=, GET /api/sheets/:id, POST /api/sheets (issue),
// POST /api/sheets/:id/{respond,return,close}, POST /api/plans/:id/sheets/review (docs/supervision.md).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Sheet, SheetColour } from '../../../shared/api/supervision';
import { api, query } from '../../api/client';

export type SheetFilter = 'active' | 'closed' | 'all';

export function useSheets(params: { planId?: number | null; targetId?: number | null; state?: SheetFilter }) {
  const { planId = null, targetId = null, state = 'all' } = params;
  return useQuery({
    queryKey: ['sheets', planId, targetId, state],
    queryFn: () =>
      api<Sheet[]>(`/api/sheets${query({ planId, targetId, state: state === 'all' ? undefined : state })}`),
    enabled: planId !== null || targetId !== null,
  });
}

export function useSheet(id: number | null) {
  return useQuery({
    queryKey: ['sheet', id],
    queryFn: () => api<Sheet>(`/api/sheets/${id}`),
    enabled: id !== null,
  });
}

/** A sheet changed: lists, its own page and the bell are stale. */
function useInvalidateSheets() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['sheets', 'sheet', 'notifications'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
    );
}

export interface SheetIssue {
  targetId: number;
  colour?: SheetColour;
  reason?: string;
  responseDeadline?: string;
}

export function useIssueSheet() {
  const invalidate = useInvalidateSheets();
  return useMutation({
    mutationFn: (body: SheetIssue) => api<Sheet>('/api/sheets', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

type SheetAction =
  | { action: 'respond'; body: { text: string } }
  | { action: 'return'; body: { reason: string } }
  | { action: 'close'; body: { note: string; force: boolean } };

export function useSheetAction() {
  const invalidate = useInvalidateSheets();
  return useMutation({
    mutationFn: ({ sheet, change }: { sheet: Sheet; change: SheetAction }) =>
      api<Sheet>(`/api/sheets/${sheet.id}/${change.action}`, {
        method: 'POST',
        body: { ...change.body, version: sheet.version },
      }),
    onSuccess: invalidate,
  });
}

export function useReviewSheets() {
  const invalidate = useInvalidateSheets();
  return useMutation({
    mutationFn: (planId: number) =>
      api<{ issued: Sheet[]; escalated: Sheet[] }>(`/api/plans/${planId}/sheets/review`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
