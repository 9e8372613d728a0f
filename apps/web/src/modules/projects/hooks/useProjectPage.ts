import { usePagedQuery } from '../../../shared/usePagedQuery';
import { PROJECT_CHALLENGES_PAGE_SIZE, ProjectPageQuery } from '../graphql/ProjectPage.query';

/** A project by slug with its challenges, and "load more" over them. */
export function useProjectPage(slug: string) {
  const page = usePagedQuery(ProjectPageQuery, {
    variables: { slug, first: PROJECT_CHALLENGES_PAGE_SIZE },
    connection: (data) => data.project?.challenges,
  });
  return {
    project: page.data?.project ?? null,
    /** The API answered that there is no such project. */
    missing: page.data !== undefined && page.data.project === null,
    isLoading: page.isLoading,
    error: page.error,
    isRetrying: page.isRetrying,
    challenges: page.nodes,
    totalChallenges: page.connection?.totalCount ?? 0,
    hasMore: page.hasMore,
    isLoadingMore: page.isLoadingMore,
    loadMoreFailed: page.loadMoreFailed,
    loadMore: page.loadMore,
    retry: page.retry,
  };
}
