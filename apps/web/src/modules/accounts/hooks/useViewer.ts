import { Role } from '@ouimake/domain';
import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAuthToken } from '../../../shared/useAuthToken';
import { ViewerQuery } from '../graphql/Viewer.query';

/**
 * Who is signed in. Without a token nobody is, and the API is not asked; with one, `me` says who
 * (a refused token is dropped by the Apollo client, which brings this back to signed out).
 */
export function useViewer() {
  const token = useAuthToken();
  const { data, error, refetch } = useQuery(ViewerQuery, token ? {} : skipToken);
  const viewer = token ? (data?.me ?? null) : null;
  const retry = useCallback(() => {
    refetch().catch(() => {
      // The query's own error state shows the failure.
    });
  }, [refetch]);

  return {
    viewer,
    isAdmin: viewer?.role === Role.ADMIN,
    /** A token is kept, and who it belongs to is not known yet. */
    isLoading: Boolean(token) && !data && !error,
    /** A token is kept, but the API could not say whose it is (network, server down). */
    error: token && !data ? (error ?? null) : null,
    retry,
  };
}
