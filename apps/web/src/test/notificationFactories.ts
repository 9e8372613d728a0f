import type { MockLink } from '@apollo/client/testing';
import { IdeaStatus } from '@ouimake/domain';
import type { NotificationKind } from '../gql/graphql';
import { ChallengeMuteQuery } from '../modules/notifications/graphql/MuteChallenge.mutation';
import { NotificationsQuery } from '../modules/notifications/graphql/Notifications.query';

export interface NotificationRow {
  __typename: 'Notification';
  id: string;
  kind: NotificationKind;
  count: number;
  readAt: string | null;
  createdAt: string;
  updatedAt: string;
  actor: { __typename: 'User'; id: string; displayName: string } | null;
  challenge: { __typename: 'Challenge'; id: string; title: string } | null;
  idea: {
    __typename: 'Idea';
    id: string;
    title: string;
    status: IdeaStatus;
  } | null;
  targetIdea: { __typename: 'Idea'; id: string; title: string } | null;
  comment: { __typename: 'Comment'; id: string } | null;
  event: { __typename: 'Event'; id: string; title: string } | null;
}

let next = 0;

/** A notification as the API gives it; a comment by Malo on Léna's idea by default. */
export function notification(overrides: Partial<NotificationRow> = {}): NotificationRow {
  next += 1;
  const at = new Date().toISOString();
  return {
    __typename: 'Notification',
    id: `n${next}`,
    kind: 'COMMENT_ADDED',
    count: 1,
    readAt: null,
    createdAt: at,
    updatedAt: at,
    actor: { __typename: 'User', id: 'u-malo', displayName: 'Malo Jaouen' },
    challenge: { __typename: 'Challenge', id: 'c1', title: 'Réparer ensemble' },
    idea: { __typename: 'Idea', id: 'i1', title: 'Un café réparation', status: IdeaStatus.PROPOSED },
    targetIdea: null,
    comment: { __typename: 'Comment', id: 'k1' },
    event: null,
    ...overrides,
  };
}

export function notificationsData(rows: NotificationRow[], unreadCount?: number, hasNextPage = false) {
  return {
    __typename: 'Query' as const,
    notifications: {
      __typename: 'NotificationConnection' as const,
      unreadCount: unreadCount ?? rows.filter((row) => row.readAt === null).length,
      totalCount: rows.length,
      edges: rows.map((node) => ({
        __typename: 'NotificationEdge' as const,
        cursor: `cur-${node.id}`,
        node,
      })),
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: rows.at(-1) ? `cur-${rows.at(-1)?.id}` : null,
      },
    },
  };
}

/** The viewer's notifications, whatever the page size asked. */
export function notificationsMock(
  rows: NotificationRow[] | (() => NotificationRow[]),
  unreadCount?: number,
): MockLink.MockedResponse {
  return {
    request: { query: NotificationsQuery, variables: () => true },
    // A function: what the API holds at the time of each request (read after marking, ...).
    result: () => ({ data: notificationsData(typeof rows === 'function' ? rows() : rows, unreadCount) }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A challenge the viewer does not follow (the mute button stays hidden). */
export function anyChallengeMuteMock(): MockLink.MockedResponse {
  return {
    request: { query: ChallengeMuteQuery, variables: () => true },
    result: (variables: Record<string, unknown>) => ({
      data: {
        __typename: 'Query',
        challenge: {
          __typename: 'Challenge',
          id: variables['id'],
          viewerIsFollowing: false,
          viewerHasMuted: false,
        },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The board's translations, for tests of pure functions that take a `t`. */
export { createI18n } from './i18n';
