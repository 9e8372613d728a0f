import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { BOARD_PAGE_SIZE, ChallengeBoardQuery } from '../graphql/ChallengeBoard.query';

/** The board's challenges, newest first, with "load more" over the connection's cursor. */
export function useChallengeBoard() {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ChallengeBoardQuery, {
    variables: { first: BOARD_PAGE_SIZE },
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const connection = data?.challenges;
  const endCursor = connection?.pageInfo.endCursor;

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
    challenges: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage && endCursor),
    /** Nothing to show yet, and nothing failed. */
    isLoading: !connection && !error,
    isRetrying: !connection && networkStatus === NetworkStatus.refetch,
    error: connection ? null : error,
    isLoadingMore: networkStatus === NetworkStatus.fetchMore,
    loadMoreFailed,
    loadMore,
    retry,
  };
}
