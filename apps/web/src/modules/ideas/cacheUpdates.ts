import type { ApolloCache, Reference } from '@apollo/client';

interface Connection {
  edges?: ReadonlyArray<{ __typename?: string; cursor?: string; node?: Reference }>;
  totalCount?: number;
}

/**
 * Puts a newly proposed idea first on every list of the challenge's ideas already in the cache
 * (whatever their order), and counts it, without asking the API again.
 */
export function addIdeaToChallenge(cache: ApolloCache, challengeId: string, idea: { id: string }): void {
  const challenge = cache.identify({ __typename: 'Challenge', id: challengeId });
  const ref = cache.identify({ __typename: 'Idea', id: idea.id });
  if (!challenge || !ref) return;
  cache.modify({
    id: challenge,
    fields: {
      ideas(value, { toReference }) {
        const existing = value as Connection;
        const node = toReference(ref);
        if (!node || existing.edges?.some((edge) => edge.node?.__ref === ref)) return value;
        const next: Connection = {
          ...existing,
          edges: [{ __typename: 'IdeaEdge', cursor: '', node }, ...(existing.edges ?? [])],
          totalCount: (existing.totalCount ?? 0) + 1,
        };
        return next as typeof value;
      },
      ideaCount: (count: number) => count + 1,
    },
  });
}

/** Takes a withdrawn idea off the challenge's lists, and out of the cache. */
export function removeIdea(cache: ApolloCache, challengeId: string, ideaId: string): void {
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
        const next: Connection = {
          ...existing,
          edges,
          totalCount: Math.max(0, (existing.totalCount ?? 0) - removed),
        };
        return next as typeof value;
      },
      ideaCount: (count: number) => Math.max(0, count - 1),
    },
  });
  cache.evict({ id: ref });
  cache.gc();
}

/** Adds a new comment at the end of its idea's thread, and counts it. */
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
      commentCount: (count: number) => count + 1,
    },
  });
}

/** A deleted comment keeps its place in the thread, without its text. */
export function markCommentDeleted(cache: ApolloCache, commentId: string): void {
  const id = cache.identify({ __typename: 'Comment', id: commentId });
  if (!id) return;
  cache.modify({ id, fields: { deleted: () => true, body: () => '' } });
}
