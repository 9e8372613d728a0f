import type { ApolloCache } from '@apollo/client';
import { ActivityKind } from '@ouimake/domain';
import { getFragmentData } from '../../gql';
import type { ChallengeActivitySubscription } from '../../gql/graphql';
import { addCommentToIdea, addIdeaToChallenge } from '../ideas/cacheUpdates';
import {
  LiveActivityChallengeCountFragment,
  LiveActivityChallengeFragment,
  LiveActivityCommentFragment,
  LiveActivityIdeaCountFragment,
  LiveActivityIdeaFragment,
} from './graphql/LiveActivity.fragment';

export type Activity = ChallengeActivitySubscription['challengeActivity'];

/** What an event asks of the page beyond the cache, which `applyActivity` has already brought up to date. */
export interface ActivityOutcome {
  /** An idea this page did not know yet: for saying so to screen readers (when someone else proposed it). */
  newIdea: { id: string; title: string; authorId: string } | null;
  /**
   * The challenge lost an idea (withdrawn) that no event names: the lists of its ideas are fetched
   * again, so that it leaves them.
   */
  refetchIdeas: boolean;
  /** An idea lost a comment (deleted) that no event names: its thread is fetched again. */
  refetchIdeaThread: string | null;
}

const nothing: ActivityOutcome = { newIdea: null, refetchIdeas: false, refetchIdeaThread: null };

function ideaCount(cache: ApolloCache, challengeId: string): number | null {
  const id = cache.identify({ __typename: 'Challenge', id: challengeId });
  if (!id) return null;
  const known = cache.readFragment({ id, fragment: LiveActivityChallengeCountFragment });
  return known?.ideaCount ?? null;
}

function commentCount(cache: ApolloCache, ideaId: string): number | null {
  const id = cache.identify({ __typename: 'Idea', id: ideaId });
  if (!id) return null;
  const known = cache.readFragment({ id, fragment: LiveActivityIdeaCountFragment });
  return known?.commentCount ?? null;
}

/**
 * Brings the cache up to date with one live event, so that every page showing what changed shows
 * it at once: the thing the event carries is merged (an idea's votes, a challenge's round), a new
 * idea or comment joins the lists already loaded (once, even when the viewer's own mutation added
 * it first), and presence is counted. Counts come from the event, never from adding one.
 */
export function applyActivity(cache: ApolloCache, activity: Activity): ActivityOutcome {
  switch (activity.kind) {
    case ActivityKind.IDEA_PROPOSED:
    case ActivityKind.IDEA_UPDATED:
    case ActivityKind.VOTES_CHANGED: {
      if (!activity.idea) return nothing;
      const idea = getFragmentData(LiveActivityIdeaFragment, activity.idea);
      const commentsBefore = commentCount(cache, idea.id);
      const knownBefore = commentsBefore !== null;
      cache.writeFragment({
        id: cache.identify(idea),
        fragment: LiveActivityIdeaFragment,
        fragmentName: 'LiveActivity_idea',
        data: idea,
      });
      if (activity.kind === ActivityKind.IDEA_PROPOSED) {
        addIdeaToChallenge(cache, activity.challengeId, idea);
        // Already known: the proposer's own answer came first, or the event came twice.
        if (knownBefore) return nothing;
        return { ...nothing, newIdea: { id: idea.id, title: idea.title, authorId: idea.author.id } };
      }
      const commentsAfter = idea.commentCount;
      const lostComment = commentsBefore !== null && commentsAfter < commentsBefore;
      return { ...nothing, refetchIdeaThread: lostComment ? idea.id : null };
    }
    case ActivityKind.COMMENT_ADDED: {
      if (!activity.comment) return nothing;
      const comment = getFragmentData(LiveActivityCommentFragment, activity.comment);
      cache.writeFragment({
        id: cache.identify(comment),
        fragment: LiveActivityCommentFragment,
        fragmentName: 'LiveActivity_comment',
        data: comment,
      });
      addCommentToIdea(cache, comment.idea.id, comment);
      return nothing;
    }
    case ActivityKind.CHALLENGE_UPDATED:
    case ActivityKind.SESSION_CHANGED: {
      if (!activity.challenge) return nothing;
      const challenge = getFragmentData(LiveActivityChallengeFragment, activity.challenge);
      const ideasBefore = ideaCount(cache, challenge.id);
      cache.writeFragment({
        id: cache.identify(challenge),
        fragment: LiveActivityChallengeFragment,
        fragmentName: 'LiveActivity_challenge',
        data: challenge,
      });
      return { ...nothing, refetchIdeas: ideasBefore !== null && challenge.ideaCount < ideasBefore };
    }
    case ActivityKind.PRESENCE_CHANGED: {
      const present = activity.presentCount;
      const id = cache.identify({ __typename: 'Challenge', id: activity.challengeId });
      if (present === null || present === undefined || !id) return nothing;
      cache.modify({ id, fields: { presentCount: () => present } });
      return nothing;
    }
  }
  return nothing;
}
