import { usePagedQuery } from '../../../shared/usePagedQuery';
import { type BoardFilters, boardVariables } from '../boardFilters';
import { ChallengeBoardQuery } from '../graphql/ChallengeBoard.query';

/**
 * The board's challenges for `filters`, with "load more" over the connection's cursor. While the
 * filters change, the previous results stay on screen (marked as updating) rather than flashing.
 */
export function useChallengeBoard(filters: BoardFilters) {
  const page = usePagedQuery(ChallengeBoardQuery, {
    variables: boardVariables(filters),
    connection: (data) => data.challenges,
    keepPrevious: true,
  });
  return {
    challenges: page.nodes,
    totalCount: page.connection?.totalCount ?? 0,
    hasMore: page.hasMore,
    /** Nothing to show yet, and nothing failed. */
    isLoading: page.isLoading,
    /** Results of the previous filters are shown while these load. */
    isUpdating: page.isUpdating,
    isRetrying: page.isRetrying,
    error: page.error,
    isLoadingMore: page.isLoadingMore,
    // Only for the list it happened on: other filters start afresh.
    loadMoreFailed: page.loadMoreFailed,
    loadMore: page.loadMore,
    retry: page.retry,
  };
}
