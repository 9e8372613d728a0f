import type { ApolloCache } from '@apollo/client';
import { ActivityKind, IdeaStatus } from '@ouimake/domain';
import { getFragmentData } from '../../gql';
import { IdeaCardFragment } from '../ideas/graphql/IdeaCard.fragment';
import { PresenceIndicatorFragment } from './graphql/PresenceIndicator.fragment';
import { assertNever } from '../../shared/assertNever';
import type { ChallengeActivitySubscription } from '../../gql/graphql';
import {
  addCommentToIdea,
  addIdeaToChallenge,
  removeComment,
  removeIdea,
  takeIdeaOffLists,
} from '../ideas/cacheUpdates';
import {
  LiveActivityChallengeCountFragment,
  LiveActivityChallengeFragment,
  LiveActivityCommentFragment,
  LiveActivityIdeaCountFragment,
  LiveActivityIdeaFragment,
  LiveActivityStatusFragment,
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
  /**
   * An idea changed status or visibility (shortlisted, selected, back to proposed, hidden, shown
   * again): the lists of chosen statuses (the shortlist) are fetched again, in their order.
   */
  refetchShortlist: boolean;
}

const nothing: ActivityOutcome = {
  newIdea: null,
  refetchIdeas: false,
  refetchIdeaThread: null,
  refetchShortlist: false,
};

function ideaCount(cache: ApolloCache, challengeId: string): number | null {
  const id = cache.identify({ __typename: 'Challenge', id: challengeId });
  if (!id) return null;
  const known = cache.readFragment({ id, fragment: LiveActivityChallengeCountFragment });
  return known?.ideaCount ?? null;
}

function standing(cache: ApolloCache, ideaId: string): { status: IdeaStatus; hidden: boolean } | null {
  const id = cache.identify({ __typename: 'Idea', id: ideaId });
  if (!id) return null;
  return cache.readFragment({ id, fragment: LiveActivityStatusFragment }) ?? null;
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
      const card = getFragmentData(IdeaCardFragment, idea);
      const commentsBefore = commentCount(cache, idea.id);
      const knownBefore = commentsBefore !== null;
      const before = standing(cache, idea.id);
      cache.writeFragment({
        id: cache.identify(idea),
        fragment: LiveActivityIdeaFragment,
        fragmentName: 'LiveActivity_idea',
        data: idea,
      });
      // Unknown here before: it may be one the shortlist does not show yet.
      const moved = before
        ? before.status !== card.status || before.hidden !== card.hidden
        : card.status === IdeaStatus.SHORTLISTED || card.status === IdeaStatus.SELECTED;
      if (activity.kind === ActivityKind.IDEA_PROPOSED) {
        addIdeaToChallenge(cache, activity.challengeId, idea);
        // Shown again while shortlisted or selected: it belongs on the shortlist too.
        const refetchShortlist = moved || card.status !== IdeaStatus.PROPOSED;
        // Already known: the proposer's own answer came first, or the event came twice.
        if (knownBefore) return { ...nothing, refetchShortlist };
        return {
          ...nothing,
          refetchShortlist,
          newIdea: { id: idea.id, title: idea.title, authorId: idea.author.id },
        };
      }
      // Merged into another: it leaves the wall (its page still shows where it went).
      if (card.status === IdeaStatus.MERGED) takeIdeaOffLists(cache, activity.challengeId, idea.id);
      const commentsAfter = idea.commentCount;
      const lostComment = commentsBefore !== null && commentsAfter < commentsBefore;
      return { ...nothing, refetchIdeaThread: lostComment ? idea.id : null, refetchShortlist: moved };
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
    case ActivityKind.IDEA_REMOVED: {
      // Hidden by curators or withdrawn: it leaves every list, and the challenge's counts follow.
      if (activity.challenge) {
        const challenge = getFragmentData(LiveActivityChallengeFragment, activity.challenge);
        cache.writeFragment({
          id: cache.identify(challenge),
          fragment: LiveActivityChallengeFragment,
          fragmentName: 'LiveActivity_challenge',
          data: challenge,
        });
      }
      if (activity.ideaId) removeIdea(cache, activity.challengeId, activity.ideaId);
      return nothing;
    }
    case ActivityKind.COMMENT_REMOVED: {
      if (activity.idea) {
        const idea = getFragmentData(LiveActivityIdeaFragment, activity.idea);
        cache.writeFragment({
          id: cache.identify(idea),
          fragment: LiveActivityIdeaFragment,
          fragmentName: 'LiveActivity_idea',
          data: idea,
        });
      }
      if (activity.ideaId && activity.commentId) removeComment(cache, activity.ideaId, activity.commentId);
      return nothing;
    }
    case ActivityKind.PRESENCE_CHANGED: {
      const present = activity.presentCount;
      if (present === null || present === undefined) return nothing;
      // Written even where no query has read it yet: the indicator reads it from the cache alone.
      cache.writeFragment({
        fragment: PresenceIndicatorFragment,
        data: { __typename: 'Challenge', id: activity.challengeId, presentCount: present },
      });
      return nothing;
    }
    default:
      // Every kind is handled: a new one in the generated types fails the typecheck here. One the
      // board does not know yet (an API deployed first) changes nothing.
      return assertNever(activity.kind, () => nothing);
  }
}
