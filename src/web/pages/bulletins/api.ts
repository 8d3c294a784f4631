// 通报: GET /api/plans/:id/bulletins/preview?period= (admin, leader), POST /api/plans/:id/bulletins {period}
// (admin), GET /api/plans/:id/bulletins, GET /api/bulletins/:id; the file is GET /api/bulletins/:id/file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulletinView } from '../../../shared/api/supervision';
import { api, query } from '../../api/client';

export interface BulletinSummary {
  id: number;
  planId: number;
  period: string;
  docNumber: string;
  title: string;
  issuedOn: string;
}

export function useBulletinPreview(planId: number | null, period: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['bulletin-preview', planId, period],
    queryFn: () => api<BulletinView>(`/api/plans/${planId}/bulletins/preview${query({ period })}`),
    enabled: enabled && planId !== null && period !== null,
  });
}

export function useBulletins(planId: number | null) {
  return useQuery({
    queryKey: ['bulletins', planId],
    queryFn: () => api<BulletinSummary[]>(`/api/plans/${planId}/bulletins`),
    enabled: planId !== null,
  });
}

export function useBulletin(id: number | null) {
  return useQuery({
    queryKey: ['bulletin', id],
    queryFn: () => api<BulletinView>(`/api/bulletins/${id}`),
    enabled: id !== null,
  });
}

export function usePublishBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, period }: { planId: number; period: string }) =>
      api<BulletinView>(`/api/plans/${planId}/bulletins`, { method: 'POST', body: { period } }),
    onSuccess: (saved) => {
      if (saved.id !== null) queryClient.setQueryData(['bulletin', saved.id], saved);
      return Promise.all(
        ['bulletins', 'bulletin-preview'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      );
    },
  });
}

export function bulletinFileUrl(id: number, format: 'docx' | 'txt'): string {
  return `/api/bulletins/${id}/file?format=${format}`;
}
