import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ouimake/domain';
import { useCallback, useState } from 'react';
import { findApiError } from '../../../app/apiErrors';
import { ADMIN_USERS_PAGE_SIZE, AdminUsersQuery } from '../graphql/AdminUsers.query';

/** The admins' list of accounts matching `search`, by display name, with "load more". */
export function useAdminUsers(search: string) {
  const query = search.trim();
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(AdminUsersQuery, {
    variables: query ? { first: ADMIN_USERS_PAGE_SIZE, query } : { first: ADMIN_USERS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  // While a new search runs, the previous results stay on screen (marked busy) rather than flashing.
  const connection = (data ?? (error ? undefined : previousData))?.users;
  const endCursor = data?.users.pageInfo.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch {
      setLoadMoreFailed(true);
    }
  }, [endCursor, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => {
      // The query's own error state shows the failure.
    });
  }, [refetch]);

  return {
    users: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(data?.users.pageInfo.hasNextPage && endCursor),
    isLoading: !connection && !error,
    /** Results of an earlier search are shown while this one loads. */
    isSearching: !data && Boolean(connection),
    isRetrying: !connection && networkStatus === NetworkStatus.refetch,
    forbidden: findApiError(error, ErrorCode.FORBIDDEN) !== undefined,
    error: connection ? null : (error ?? null),
    isLoadingMore: networkStatus === NetworkStatus.fetchMore,
    loadMoreFailed,
    loadMore,
    retry,
  };
}
