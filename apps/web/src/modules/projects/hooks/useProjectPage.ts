import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { PROJECT_CHALLENGES_PAGE_SIZE, ProjectPageQuery } from '../graphql/ProjectPage.query';

/** A project by slug with its challenges, and "load more" over them. */
export function useProjectPage(slug: string) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(ProjectPageQuery, {
    variables: { slug, first: PROJECT_CHALLENGES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const project = data?.project ?? null;
  const endCursor = project?.challenges.pageInfo.endCursor;

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
      // The page's own error state shows the failure.
    });
  }, [refetch]);

  return {
    project,
    /** The API answered that there is no such project. */
    missing: data !== undefined && data.project === null,
    isLoading: data === undefined && !error,
    error: data === undefined ? (error ?? null) : null,
    isRetrying: data === undefined && networkStatus === NetworkStatus.refetch,
    challenges: project?.challenges.edges.map((edge) => edge.node) ?? [],
    totalChallenges: project?.challenges.totalCount ?? 0,
    hasMore: Boolean(project?.challenges.pageInfo.hasNextPage && endCursor),
    isLoadingMore: networkStatus === NetworkStatus.fetchMore,
    loadMoreFailed,
    loadMore,
    retry,
  };
}
