// 台账 import: POST /api/plans/:id/ledger (preview, stores nothing) and POST /api/plans/:id/ledger/confirm
// (the same file; imports the good, linked rows in one transaction).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LedgerPreview } from '../../../shared/api/supervision';
import { api } from '../../api/client';

export interface LedgerResult {
  importedRows: number;
  assignments: number;
  createdDepartments: string[];
  skippedRows: number[];
}

function formOf(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

export function useLedgerPreview() {
  return useMutation({
    mutationFn: ({ planId, file }: { planId: number; file: File }) =>
      api<LedgerPreview>(`/api/plans/${planId}/ledger`, { method: 'POST', form: formOf(file) }),
  });
}

export function useLedgerImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, file }: { planId: number; file: File }) =>
      api<LedgerResult>(`/api/plans/${planId}/ledger/confirm`, { method: 'POST', form: formOf(file) }),
    onSuccess: () =>
      Promise.all(
        ['targets', 'target', 'dashboard', 'workload', 'departments', 'calendar'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}
