import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { type BoardFilters, boardVariables } from '../boardFilters';
import { ChallengeBoardQuery } from '../graphql/ChallengeBoard.query';

/**
 * The board's challenges for `filters`, with "load more" over the connection's cursor. While the
 * filters change, the previous results stay on screen (marked as updating) rather than flashing.
 */
export function useChallengeBoard(filters: BoardFilters) {
  const variables = boardVariables(filters);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(ChallengeBoardQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const [failedCursor, setFailedCursor] = useState<string | null>(null);
  const connection = (data ?? (error ? undefined : previousData))?.challenges;
  const endCursor = data?.challenges.pageInfo.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setFailedCursor(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch {
      setFailedCursor(endCursor);
    }
  }, [endCursor, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => {
      // The query's own error state shows the failure.
    });
  }, [refetch]);

  return {
    challenges: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(data?.challenges.pageInfo.hasNextPage && endCursor),
    /** Nothing to show yet, and nothing failed. */
    isLoading: !connection && !error,
    /** Results of the previous filters are shown while these load. */
    isUpdating: !data && Boolean(connection),
    isRetrying: !connection && networkStatus === NetworkStatus.refetch,
    error: connection ? null : (error ?? null),
    isLoadingMore: networkStatus === NetworkStatus.fetchMore,
    // Only for the list it happened on: other filters start afresh.
    loadMoreFailed: failedCursor !== null && failedCursor === endCursor,
    loadMore,
    retry,
  };
}
