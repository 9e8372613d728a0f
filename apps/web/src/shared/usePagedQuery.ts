import {
  type ErrorLike,
  NetworkStatus,
  type OperationVariables,
  type TypedDocumentNode,
} from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';

/** A Relay connection as the board's queries select it (the cache merges its pages: apolloCache). */
export interface PagedConnection<Node = unknown> {
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The variables of a paged query: `after` is the cursor "load more" sends. */
export type PagedVariables = OperationVariables & { after?: string | null };

export interface PagedQueryOptions<Data, Variables, Connection> {
  variables: Variables;
  /** Where the paged connection is in the query's data (nothing when its owner does not exist). */
  connection: (data: Data) => Connection | null | undefined;
  /**
   * While other variables load (a new search, other filters), keep the previous results on screen
   * (`isUpdating`) rather than flashing back to the loading state.
   */
  keepPrevious?: boolean;
}

export interface PagedQuery<Data, Connection extends PagedConnection> {
  /** The data shown: this query's, or while it loads (`keepPrevious`) the previous variables'. */
  data: Data | undefined;
  /** The connection of the data shown. */
  connection: Connection | undefined;
  /** Its nodes, in order; empty while nothing is shown. */
  nodes: Array<Connection['edges'][number]['node']>;
  /** Nothing to show yet, and nothing failed. */
  isLoading: boolean;
  /** The previous variables' results are shown while these load (`keepPrevious`). */
  isUpdating: boolean;
  /** Nothing to show, and the query is being tried again. */
  isRetrying: boolean;
  /** Why nothing can be shown; null as soon as something is. */
  error: ErrorLike | null;
  /** The API has more after the last page loaded. */
  hasMore: boolean;
  isLoadingMore: boolean;
  /** The last "load more" of this list failed (a list of other variables starts afresh). */
  loadMoreFailed: boolean;
  /** Loads the next page, one at a time; a failure shows as `loadMoreFailed`, never as a throw. */
  loadMore: () => Promise<void>;
  /** Asks again after a failure; the query's own error state shows a new one. */
  retry: () => void;
}

/**
 * A query over a Relay connection with "load more": the first page, then the next ones after the
 * last cursor, merged by the cache. The one home of the paging state the board's lists share.
 */
export function usePagedQuery<Data, Variables extends PagedVariables, Connection extends PagedConnection>(
  query: TypedDocumentNode<Data, Variables>,
  { variables, connection: select, keepPrevious = false }: PagedQueryOptions<Data, Variables, Connection>,
): PagedQuery<Data, Connection> {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(query, {
    variables,
    notifyOnNetworkStatusChange: true,
  } as useQuery.Options<Data, Variables>);
  const [failedCursor, setFailedCursor] = useState<string | null>(null);
  const shown = (data ?? (keepPrevious && !error ? previousData : undefined)) as Data | undefined;
  const connection = shown === undefined ? undefined : (select(shown) ?? undefined);
  // The next page follows this query's own data, never the previous variables'.
  const current = data === undefined ? undefined : select(data as Data);
  const endCursor = current?.pageInfo.endCursor ?? null;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = useCallback(async () => {
    if (!endCursor || isLoadingMore) return;
    setFailedCursor(null);
    try {
      await fetchMore({ variables: { after: endCursor } as Partial<Variables> });
    } catch {
      setFailedCursor(endCursor);
    }
  }, [endCursor, isLoadingMore, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => {
      // The query's own error state shows the failure.
    });
  }, [refetch]);

  return {
    data: shown,
    connection,
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    isLoading: shown === undefined && !error,
    isUpdating: data === undefined && shown !== undefined,
    isRetrying: shown === undefined && networkStatus === NetworkStatus.refetch,
    error: shown === undefined ? (error ?? null) : null,
    hasMore: Boolean(current?.pageInfo.hasNextPage && endCursor),
    isLoadingMore,
    loadMoreFailed: failedCursor !== null && failedCursor === endCursor,
    loadMore,
    retry,
  };
}
