import type { ApolloCache, Reference } from '@apollo/client';

interface Connection {
  edges?: ReadonlyArray<{ __typename?: string; cursor?: string; node?: Reference }>;
  totalCount?: number;
}

/**
 * Puts a newly proposed idea first on every list of the challenge's ideas already in the cache
 * (whatever their order), and counts it in each, without asking the API again. An idea already on
 * a list stays where it is: the proposer's own mutation and the live event both add it, in either
 * order. (The challenge's `ideaCount` comes with the idea, from the API.)
 */
export function addIdeaToChallenge(cache: ApolloCache, challengeId: string, idea: { id: string }): void {
  const challenge = cache.identify({ __typename: 'Challenge', id: challengeId });
  const ref = cache.identify({ __typename: 'Idea', id: idea.id });
  if (!challenge || !ref) return;
  cache.modify({
    id: challenge,
    fields: {
      ideas(value, { toReference, storeFieldName }) {
        const existing = value as Connection;
        const node = toReference(ref);
        // A list of chosen statuses (selected ideas) is not where a new idea goes.
        if (storeFieldName.includes('"status"')) return value;
        if (!node || existing.edges?.some((edge) => edge.node?.__ref === ref)) return value;
        const next: Connection = {
          ...existing,
          edges: [{ __typename: 'IdeaEdge', cursor: '', node }, ...(existing.edges ?? [])],
          totalCount: (existing.totalCount ?? 0) + 1,
        };
        return next as typeof value;
      },
    },
  });
}

/**
 * Takes an idea off every list of the challenge's ideas in the cache (the wall in each order, the
 * shortlist), keeping the idea itself: a merged idea leaves the wall, and its page still shows it.
 */
export function takeIdeaOffLists(cache: ApolloCache, challengeId: string, ideaId: string): void {
  const challenge = cache.identify({ __typename: 'Challenge', id: challengeId });
  const ref = cache.identify({ __typename: 'Idea', id: ideaId });
  if (!challenge || !ref) return;
  cache.modify({
    id: challenge,
    fields: {
      ideas(value) {
        const existing = value as Connection;
        const edges = existing.edges?.filter((edge) => edge.node?.__ref !== ref) ?? [];
        const removed = (existing.edges?.length ?? 0) - edges.length;
        if (removed === 0) return value;
        const next: Connection = {
          ...existing,
          edges,
          totalCount: Math.max(0, (existing.totalCount ?? 0) - removed),
        };
        return next as typeof value;
      },
    },
  });
}

/**
 * Takes a withdrawn idea off the challenge's lists, and out of the cache. The challenge's
 * `ideaCount` follows from the API's live news of the withdrawal (a count taken down here too
 * would count the withdrawal twice when that news comes first).
 */
export function removeIdea(cache: ApolloCache, challengeId: string, ideaId: string): void {
  const ref = cache.identify({ __typename: 'Idea', id: ideaId });
  takeIdeaOffLists(cache, challengeId, ideaId);
  if (!ref) return;
  cache.evict({ id: ref });
  cache.gc();
}

/**
 * Adds a new comment at the end of its idea's thread, once (the author's mutation and the live
 * event both add it). The idea's `commentCount` comes with the comment, from the API.
 */
export function addCommentToIdea(cache: ApolloCache, ideaId: string, comment: { id: string }): void {
  const idea = cache.identify({ __typename: 'Idea', id: ideaId });
  const ref = cache.identify({ __typename: 'Comment', id: comment.id });
  if (!idea || !ref) return;
  cache.modify({
    id: idea,
    fields: {
      comments(value, { toReference }) {
        const existing = value as Connection;
        const node = toReference(ref);
        if (!node || existing.edges?.some((edge) => edge.node?.__ref === ref)) return value;
        const next: Connection = {
          ...existing,
          edges: [...(existing.edges ?? []), { __typename: 'CommentEdge', cursor: '', node }],
          totalCount: (existing.totalCount ?? 0) + 1,
        };
        return next as typeof value;
      },
    },
  });
}

/** A deleted comment keeps its place in the thread, without its text. */
export function markCommentDeleted(cache: ApolloCache, commentId: string): void {
  const id = cache.identify({ __typename: 'Comment', id: commentId });
  if (!id) return;
  cache.modify({ id, fields: { deleted: () => true, body: () => '' } });
}

/**
 * Takes a comment out of its idea's thread (hidden by curators: those who may not see it are told
 * to remove it). The idea's `commentCount` comes with the event, from the API.
 */
export function removeComment(cache: ApolloCache, ideaId: string, commentId: string): void {
  const idea = cache.identify({ __typename: 'Idea', id: ideaId });
  const ref = cache.identify({ __typename: 'Comment', id: commentId });
  if (!idea || !ref) return;
  cache.modify({
    id: idea,
    fields: {
      comments(value) {
        const existing = value as Connection;
        const edges = existing.edges?.filter((edge) => edge.node?.__ref !== ref) ?? [];
        const removed = (existing.edges?.length ?? 0) - edges.length;
        const next: Connection = {
          ...existing,
          edges,
          totalCount: Math.max(0, (existing.totalCount ?? 0) - removed),
        };
        return next as typeof value;
      },
    },
  });
  cache.evict({ id: ref });
  cache.gc();
}
