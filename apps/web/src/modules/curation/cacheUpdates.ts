import type { ApolloCache, Reference } from '@apollo/client';
import { IdeaStatus } from '@ouimake/domain';
import { takeIdeaOffLists } from '../ideas/cacheUpdates';
import { MergedIdeaFragment } from './graphql/IdeaCuration.mutation';

/**
 * After a merge: the source leaves the challenge's lists, and is kept as MERGED, pointing to the
 * target (its page says where it went). The target's votes come with the API's answer.
 */
export function markMerged(
  cache: ApolloCache,
  challengeId: string,
  source: { id: string },
  target: { id: string; title: string },
): void {
  takeIdeaOffLists(cache, challengeId, source.id);
  cache.writeFragment({
    id: cache.identify({ __typename: 'Idea', id: source.id }),
    fragment: MergedIdeaFragment,
    data: {
      __typename: 'Idea',
      id: source.id,
      status: IdeaStatus.MERGED,
      voteCount: 0,
      mergedInto: { __typename: 'Idea', id: target.id, title: target.title },
    },
  });
}

/** The viewer has reported this idea or comment (now, or before: the API said CONFLICT). */
export function markReported(cache: ApolloCache, content: { __typename: 'Idea' | 'Comment'; id: string }) {
  const id = cache.identify(content);
  if (id) cache.modify({ id, fields: { viewerHasReported: () => true } });
}

/**
 * Reports leave the queue once resolved: one decision resolves every open report of the same
 * content, so all of them go.
 */
export function forgetReports(cache: ApolloCache, reportIds: readonly string[]): void {
  const gone = new Set(reportIds.map((id) => cache.identify({ __typename: 'Report', id })));
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      reports(value) {
        const list = value as { edges?: ReadonlyArray<{ node?: Reference }>; totalCount?: number };
        if (!list.edges) return value;
        const edges = list.edges.filter((edge) => !gone.has(edge.node?.__ref));
        const removed = list.edges.length - edges.length;
        return { ...list, edges, totalCount: Math.max(0, (list.totalCount ?? 0) - removed) } as typeof value;
      },
    },
  });
  for (const id of gone) if (id) cache.evict({ id });
  cache.gc();
}
