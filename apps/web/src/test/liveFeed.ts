import { ApolloLink } from '@apollo/client';
import { ActivityKind } from '@ouimake/domain';
import { Observable, type Subscriber } from 'rxjs';
import type { ChallengeActivitySubscription } from '../gql/graphql';
import type { PageChallenge } from './challengeFactories';
import type { ThreadComment, WallIdea } from './ideaFactories';

type Activity = ChallengeActivitySubscription['challengeActivity'];
type Event = Partial<Activity> & Pick<Activity, 'kind' | 'challengeId'>;

/**
 * A stand-in for the API's live events in tests: every subscription the board opens lands here, and
 * `push` delivers an event to the pages watching that challenge. Until then, nothing happens.
 */
export interface LiveFeed {
  link: ApolloLink;
  /** The challenges watched now, one entry per subscription. */
  watching(): string[];
  push(activity: Event): void;
}

export function createLiveFeed(): LiveFeed {
  const subscribers = new Set<{ challengeId: string; subscriber: Subscriber<ApolloLink.Result> }>();
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((subscriber) => {
        // The viewer's own notifications (the bell) watch no challenge: they wait, unrecorded.
        if (operation.variables['challengeId'] === undefined) return () => undefined;
        const entry = { challengeId: String(operation.variables['challengeId']), subscriber };
        subscribers.add(entry);
        return () => subscribers.delete(entry);
      }),
  );
  return {
    link,
    watching: () => [...subscribers].map((entry) => entry.challengeId),
    push(activity) {
      const event: Activity = {
        __typename: 'ChallengeActivity',
        at: new Date().toISOString(),
        presentCount: null,
        catchUp: false,
        ideaId: null,
        commentId: null,
        idea: null,
        comment: null,
        challenge: null,
        ...activity,
      };
      for (const { challengeId, subscriber } of [...subscribers]) {
        if (challengeId === event.challengeId) {
          subscriber.next({ data: { __typename: 'Subscription', challengeActivity: event } });
        }
      }
    },
  };
}

/** A PRESENCE_CHANGED event. */
export function presenceEvent(challengeId: string, presentCount: number) {
  return { kind: ActivityKind.PRESENCE_CHANGED, challengeId, presentCount };
}

/** An event about an idea (proposed, updated, its votes), with its challenge's counts. */
export function ideaEvent(
  kind: ActivityKind.IDEA_PROPOSED | ActivityKind.IDEA_UPDATED | ActivityKind.VOTES_CHANGED,
  challengeId: string,
  idea: WallIdea & {
    updatedAt?: string;
    mergedInto?: { __typename: 'Idea'; id: string; title: string } | null;
  },
  { ideaCount = 1, participantCount = 1 }: { ideaCount?: number; participantCount?: number } = {},
): Event {
  return {
    kind,
    challengeId,
    idea: {
      mergedInto: null,
      ...idea,
      updatedAt: idea.updatedAt ?? idea.createdAt,
      challenge: { __typename: 'Challenge', id: challengeId, ideaCount, participantCount },
    } as unknown as Activity['idea'],
  };
}

/** A new comment on an idea, with the idea's count. */
export function commentEvent(
  challengeId: string,
  ideaId: string,
  comment: ThreadComment,
  commentCount: number,
): Event {
  return {
    kind: ActivityKind.COMMENT_ADDED,
    challengeId,
    comment: {
      ...comment,
      idea: { __typename: 'Idea', id: ideaId, commentCount },
    } as unknown as Activity['comment'],
  };
}

/** A challenge that changed (CHALLENGE_UPDATED) or whose round did (SESSION_CHANGED). */
export function challengeEvent(
  kind: ActivityKind.CHALLENGE_UPDATED | ActivityKind.SESSION_CHANGED,
  challenge: PageChallenge,
): Event {
  const {
    project: _project,
    author: _author,
    themes: _themes,
    viewerIsFollowing: _following,
    ...rest
  } = challenge;
  return { kind, challengeId: challenge.id, challenge: rest as unknown as Activity['challenge'] };
}
