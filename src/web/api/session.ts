// The signed-in user: GET /api/session (null when signed out), sign in and sign out. Each response carries
// the CSRF token that the client then sends on every write.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session as SessionResponse, SessionUser } from '../../shared/api/session';
import { ApiError, api, setCsrfToken } from './client';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionUser | null> {
  try {
    const session = await api<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: fetchSession,
  staleTime: 60_000,
  retry: false,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<SessionResponse>('/api/session', { method: 'POST', body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, session.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>('/api/session', { method: 'DELETE' }),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
