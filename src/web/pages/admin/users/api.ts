// GET /api/users and POST /api/users (admin).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate } from '../../../../shared/api/users';
import { api } from '../../../api/client';

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api<User[]>('/api/users') });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api<User>('/api/users', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
