import { ErrorCode } from '@ouimake/domain';
import { findApiError } from '../../../shared/apiErrors';
import { usePagedQuery } from '../../../shared/usePagedQuery';
import { ADMIN_USERS_PAGE_SIZE, AdminUsersQuery } from '../graphql/AdminUsers.query';

/** The admins' list of accounts matching `search`, by display name, with "load more". */
export function useAdminUsers(search: string) {
  const query = search.trim();
  // While a new search runs, the previous results stay on screen (marked busy) rather than flashing.
  const page = usePagedQuery(AdminUsersQuery, {
    variables: query ? { first: ADMIN_USERS_PAGE_SIZE, query } : { first: ADMIN_USERS_PAGE_SIZE },
    connection: (data) => data.users,
    keepPrevious: true,
  });
  return {
    users: page.nodes,
    totalCount: page.connection?.totalCount ?? 0,
    hasMore: page.hasMore,
    isLoading: page.isLoading,
    /** Results of an earlier search are shown while this one loads. */
    isSearching: page.isUpdating,
    isRetrying: page.isRetrying,
    forbidden: findApiError(page.error, ErrorCode.FORBIDDEN) !== undefined,
    error: page.error,
    isLoadingMore: page.isLoadingMore,
    loadMoreFailed: page.loadMoreFailed,
    loadMore: page.loadMore,
    retry: page.retry,
  };
}
