import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RequestBody, Schema } from './contract.ts';

/** What a set-password link opens (issue 8): whose account, until when. */
export type PasswordLink = Schema<'PasswordLink'>;

/** The token travels in a POST body, never in a URL the server would log. */
export function usePasswordLink(token: string) {
  return useQuery({
    queryKey: ['password-link', token],
    queryFn: () =>
      api.post<PasswordLink>('/api/password-links/check', { token }, { allowUnauthorized: true }),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
}

export function useSetPasswordWithLink() {
  return useMutation({
    mutationFn: (input: RequestBody<'/api/password-links/use', 'post'>) =>
      api.post<PasswordLink>('/api/password-links/use', input, { allowUnauthorized: true }),
  });
}
