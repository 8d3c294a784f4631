// Decides how an API error is shown (STYLE.md habit 6): field problems go onto the form, a stale version
// reloads the record, a lost session goes back to sign-in, everything else is one message in words.

import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from './client';
import { sessionKey } from './session';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Returns `report(error, form?)`, the one place that shows an API error to the user. */
export function useReportError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof ApiError) {
        if (error.code === 'UNAUTHENTICATED') {
          queryClient.setQueryData(sessionKey, null);
        } else if (error.code === 'VERSION_CONFLICT') {
          void queryClient.invalidateQueries();
        } else if (form && error.fields && Object.keys(error.fields).length > 0) {
          form.setFields(
            Object.entries(error.fields).map(([path, text]) => ({ name: path.split('.'), errors: [text] })),
          );
        }
      }
      void message.error(errorText(error));
    },
    [message, queryClient],
  );
}
